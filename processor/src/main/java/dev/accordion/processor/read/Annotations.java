package dev.accordion.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through mirrors, by qualified name, so the processor needs neither JPA nor
 * Accordion's annotations on its own class path and can point diagnostics at an attribute.
 */
final class Annotations {

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  static Optional<AnnotationMirror> find(Element element, AnnotationName name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name.qualifiedName())) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  static boolean has(Element element, AnnotationName name) {
    return find(element, name).isPresent();
  }

  /**
   * Each annotation's attributes by name, defaults included: javac builds that map anew on every
   * call, and an entity's annotations are read attribute by attribute.
   */
  private final Map<AnnotationMirror, Map<String, AnnotationValue>> attributes =
      new java.util.IdentityHashMap<>();

  /** Every attribute's value by name, as written or its declared default. */
  Map<String, AnnotationValue> values(AnnotationMirror mirror) {
    return attributes.computeIfAbsent(mirror, m -> {
      Map<String, AnnotationValue> byName = new java.util.HashMap<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          elements.getElementValuesWithDefaults(m).entrySet()) {
        byName.put(entry.getKey().getSimpleName().toString(), entry.getValue());
      }
      return java.util.Collections.unmodifiableMap(byName);
    });
  }

  /** The attribute's value as written, or its declared default. */
  AnnotationValue value(AnnotationMirror mirror, String name) {
    AnnotationValue value = values(mirror).get(name);
    if (value == null) {
      throw new IllegalArgumentException(mirror + " has no attribute " + name);
    }
    return value;
  }

  String string(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof String s ? s : "";
  }

  /** A String[] attribute's values; a single value written without braces is one entry. */
  List<String> strings(AnnotationMirror mirror, String name) {
    return list(mirror, name).stream()
        .map(AnnotationValue::getValue)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .toList();
  }

  int integer(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof Integer i ? i : 0;
  }

  boolean bool(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof Boolean b && b;
  }

  /** An enum-valued attribute's constant name, e.g. "STRING" for EnumType.STRING. */
  String enumConstant(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
  }

  /** An annotation-valued attribute, e.g. {@code @AttributeOverride(column)}. */
  AnnotationMirror annotation(AnnotationMirror mirror, String name) {
    return (AnnotationMirror) value(mirror, name).getValue();
  }

  /**
   * Every {@code single} on {@code element}, written once, repeated (javac wraps repeats in
   * their container) or inside an explicit {@code container}.
   */
  List<AnnotationMirror> repeated(Element element, AnnotationName single,
      AnnotationName container) {
    List<AnnotationMirror> all = new java.util.ArrayList<>();
    find(element, single).ifPresent(all::add);
    find(element, container).ifPresent(c -> list(c, "value").forEach(
        v -> all.add((AnnotationMirror) v.getValue())));
    return all;
  }

  @SuppressWarnings("unchecked")
  List<? extends AnnotationValue> list(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof List<?> list ? (List<? extends AnnotationValue>) list : List.of();
  }
}
