package dev.accordion.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * An {@code @Expand}: {@code from} is the attribute as written (empty when the source comes from
 * {@code @RenamedFrom}); each map entry keeps its annotation value for diagnostics;
 * {@code converter} is the converter class, empty when there is none; {@code batchSizeValue} is
 * the attribute to underline when {@code batchSize} is wrong.
 */
public record ExpandDeclaration(
    AnnotationMirror mirror,
    String from,
    List<MapEntry> map,
    Optional<ConverterClass> converter,
    String sqlUp,
    String sqlDown,
    List<DialectSqlEntry> dialectSql,
    int batchSize,
    AnnotationValue batchSizeValue) {

  public ExpandDeclaration {
    map = List.copyOf(map);
    dialectSql = List.copyOf(dialectSql);
  }

  /** One {@code @DialectSql}, with its annotation value to underline. */
  public record DialectSqlEntry(String dialect, String up, String down, AnnotationValue at) {}

  /**
   * The class named by {@code converter}, as the generated accessors use it: {@code name} is
   * its qualified name; {@code typeArguments} are the {@code O} and {@code N} of the
   * {@code Converter<O, N>} it implements, found through its supertypes (primitives boxed; empty
   * when it implements the raw type); {@code notInstantiable} says why the accessors could not
   * write {@code new Name()}, empty when they can; {@code value} is the attribute to underline.
   */
  public record ConverterClass(
      String name,
      Optional<List<String>> typeArguments,
      Optional<String> notInstantiable,
      AnnotationValue value) {}

  /** One {@code @ValueMap}, with the attribute values to underline. */
  public record MapEntry(
      String from, List<String> to, AnnotationValue fromValue, AnnotationValue toValue) {
    public MapEntry {
      to = List.copyOf(to);
    }
  }
}
