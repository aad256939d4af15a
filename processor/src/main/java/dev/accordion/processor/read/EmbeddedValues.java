package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.ATTRIBUTE_OVERRIDE;
import static dev.accordion.processor.read.AnnotationName.ATTRIBUTE_OVERRIDES;
import static dev.accordion.processor.read.AnnotationName.COLUMN;
import static dev.accordion.processor.read.AnnotationName.EMBEDDABLE;
import static dev.accordion.processor.read.AnnotationName.EMBEDDED;
import static dev.accordion.processor.read.AnnotationName.EMBEDDED_ID;
import static dev.accordion.processor.read.AnnotationName.TRANSIENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * The attributes of an embedded value ({@code @Embedded}, {@code @EmbeddedId}, or a field whose
 * type is {@code @Embeddable}), flattened into the entity's table as Hibernate maps them: each
 * field of the embeddable, nested embeddables included, is a column named after the field alone
 * (JPA's implicit naming, which Spring Boot keeps) unless its {@code @Column} or an
 * {@code @AttributeOverride} on an embedding field names it; an override's name is the path
 * below the field it is on, and the outermost override of a path wins.
 */
final class EmbeddedValues {

  private final Annotations annotations;

  EmbeddedValues(Annotations annotations) {
    this.annotations = annotations;
  }

  /** Whether {@code field} holds an embedded value. */
  static boolean embeds(VariableElement field) {
    return Annotations.has(field, EMBEDDED) || Annotations.has(field, EMBEDDED_ID)
        || embeddable(field).isPresent();
  }

  /** The {@code @Embeddable} class of the field's type, if it is one. */
  static Optional<TypeElement> embeddable(VariableElement field) {
    if (field.asType().getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement type = (TypeElement) ((DeclaredType) field.asType()).asElement();
    return Annotations.has(type, EMBEDDABLE) ? Optional.of(type) : Optional.empty();
  }

  /**
   * The attributes of the value {@code field} embeds, in Hibernate's order (by name; a record's
   * in declaration order), which is the order of a composite key's columns; whether each is one
   * basic value (not an association or collection inside the embeddable) is the caller's to ask.
   * The field holds an {@link #embeddable} type.
   */
  List<ColumnMapping.Attribute> attributes(VariableElement field) {
    return attributes(field, embeddable(field).orElseThrow());
  }

  /**
   * The attributes of {@code embeddable} as {@code field} holds it, e.g. as the elements of an
   * {@code @ElementCollection}, with the field's overrides.
   */
  List<ColumnMapping.Attribute> attributes(VariableElement field, TypeElement embeddable) {
    List<ColumnMapping.Attribute> members = new ArrayList<>();
    collect(embeddable, List.of(field), overrides(field, Map.of()),
        Annotations.has(field, EMBEDDED_ID), members);
    return members;
  }

  /** The members of {@code type}, which the fields {@code embeddedIn} embed, outermost first. */
  private void collect(TypeElement type, List<VariableElement> embeddedIn,
      Map<String, AnnotationMirror> overrides, boolean key, List<ColumnMapping.Attribute> members) {
    List<VariableElement> fields = new ArrayList<>(ElementFilter.fieldsIn(type.getEnclosedElements()));
    if (type.getKind() != ElementKind.RECORD) {
      fields.sort(Comparator.comparing(f -> f.getSimpleName().toString()));
    }
    for (VariableElement field : fields) {
      if (field.getModifiers().contains(Modifier.STATIC)
          || field.getModifiers().contains(Modifier.TRANSIENT)
          || Annotations.has(field, TRANSIENT)) {
        continue;
      }
      String name = field.getSimpleName().toString();
      List<VariableElement> through = new ArrayList<>(embeddedIn);
      through.add(field);
      if (embeddable(field).isPresent()) {
        collect(embeddable(field).orElseThrow(), List.copyOf(through),
            overrides(field, below(overrides, name)), key, members);
        continue;
      }
      Optional<AnnotationMirror> column = Optional.ofNullable(overrides.get(name))
          .or(() -> Annotations.find(field, COLUMN));
      String path = through.stream().map(f -> f.getSimpleName().toString())
          .collect(Collectors.joining("."));
      members.add(new ColumnMapping.Attribute(field, path, column, key, embeddedIn));
    }
  }

  /**
   * The {@code @Column}s by path below {@code field}: its own {@code @AttributeOverride}s, then
   * those of the fields around it ({@code outer}), which win.
   */
  private Map<String, AnnotationMirror> overrides(VariableElement field,
      Map<String, AnnotationMirror> outer) {
    Map<String, AnnotationMirror> overrides = new HashMap<>();
    for (AnnotationMirror override :
        annotations.repeated(field, ATTRIBUTE_OVERRIDE, ATTRIBUTE_OVERRIDES)) {
      overrides.put(annotations.string(override, "name"),
          annotations.annotation(override, "column"));
    }
    overrides.putAll(outer);
    return overrides;
  }

  /** The entries of {@code overrides} below {@code name}, their paths relative to it. */
  private static Map<String, AnnotationMirror> below(Map<String, AnnotationMirror> overrides,
      String name) {
    Map<String, AnnotationMirror> below = new HashMap<>();
    overrides.forEach((path, column) -> {
      if (path.startsWith(name + ".")) {
        below.put(path.substring(name.length() + 1), column);
      }
    });
    return below;
  }
}
