package dev.accordion.processor.read;

import dev.accordion.format.DialectName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * An {@code @Expand}: {@code from} is the attribute as written (empty when the source comes from
 * {@code @RenamedFrom}; several when fields are combined); {@code into} lists every new field
 * when one is split (empty otherwise); each map entry keeps its annotation value for diagnostics;
 * {@code converter} is the converter class, empty when there is none; {@code batchSizeValue} is
 * the attribute to underline when {@code batchSize} is wrong. Only {@link TransitionAnnotations}
 * makes one, from the unmodifiable lists {@link Annotations} reads.
 */
public record ExpandDeclaration(
    AnnotationMirror mirror,
    List<String> from,
    List<String> into,
    AnnotationValue intoValue,
    List<MapEntry> map,
    Optional<ConverterClass> converter,
    ConverterSql sql,
    int batchSize,
    AnnotationValue batchSizeValue) {

  /**
   * The converter's SQL as written: {@code sqlUp} and {@code sqlDown} for every database, and
   * each {@code @DialectSql} that replaces both for one.
   */
  public record ConverterSql(List<String> up, List<String> down, List<DialectSqlEntry> dialects) {
    public ConverterSql {
      up = List.copyOf(up);
      down = List.copyOf(down);
      dialects = List.copyOf(dialects);
    }

    /** The {@code @DialectSql} written for {@code dialect}, if any. */
    public Optional<DialectSqlEntry> of(DialectName dialect) {
      return dialects.stream()
          .filter(e -> DialectName.fromWord(e.dialect()).orElse(null) == dialect)
          .findFirst();
    }
  }

  /** One {@code @DialectSql}, with its annotation value to underline. */
  public record DialectSqlEntry(
      String dialect, List<String> up, List<String> down, AnnotationValue at) {
    public DialectSqlEntry {
      up = List.copyOf(up);
      down = List.copyOf(down);
    }
  }

  /**
   * The class named by {@code converter}, as the generated accessors use it: {@code name} is
   * its qualified name; {@code typeArguments} are the {@code O} and {@code N} of the
   * {@code Converter<O, N>} it implements, found through its supertypes (primitives boxed; empty
   * when it implements the raw type); {@code notInstantiable} says why the accessors could not
   * write {@code new Name()}, empty when they can; {@code records} gives, for each type argument
   * that is a record (the several fields of a combine or a split), its components in order;
   * {@code value} is the attribute to underline.
   */
  public record ConverterClass(
      String name,
      Optional<List<String>> typeArguments,
      Optional<String> notInstantiable,
      Map<String, List<Component>> records,
      AnnotationValue value) {
    public ConverterClass {
      records = Map.copyOf(records);
    }
  }

  /** A record component: its name and its boxed type. */
  public record Component(String name, String type) {}

  /** One {@code @ValueMap}, with the attribute values to underline. */
  public record MapEntry(
      String from, List<String> to, AnnotationValue fromValue, AnnotationValue toValue) {
    public MapEntry {
      to = List.copyOf(to);
    }
  }
}
