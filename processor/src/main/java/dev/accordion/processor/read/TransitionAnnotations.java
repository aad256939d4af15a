package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.CONTRACT;
import static dev.accordion.processor.read.AnnotationName.EXPAND;
import static dev.accordion.processor.read.AnnotationName.RENAMED_FROM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Accordion's annotations on an entity or one of its fields, read as they are written:
 * {@code @Expand} (with what its converter class offers the generated accessors),
 * {@code @Contract} and {@code @RenamedFrom}. Whether they make sense is for the rules to judge.
 */
record TransitionAnnotations(Annotations annotations, Elements elements, Types types) {

  private static final String CONVERTER = "dev.accordion.Converter";
  private static final String NO_CONVERTER = "dev.accordion.Converter.None";

  /** The {@code @Expand} on {@code element}, a field of {@code entity} or {@code entity} itself. */
  Optional<ExpandDeclaration> expand(TypeElement entity, Element element) {
    return Annotations.find(element, EXPAND).map(m -> expand(entity, m));
  }

  Optional<ContractDeclaration> contract(Element element) {
    return Annotations.find(element, CONTRACT)
        .map(m -> new ContractDeclaration(m, annotations.strings(m, "from")));
  }

  /**
   * The {@code @Expand} on a collection whose join table a link of {@code owner} fills, its
   * {@code from} naming the owner's field as another table's link is named:
   * {@code Owner.field}.
   */
  Optional<ExpandDeclaration> joinExpand(TypeElement owner, VariableElement field) {
    return expand(owner, field).map(e -> new ExpandDeclaration(e.mirror(),
        ofOwner(owner, e.from()), e.into(), e.intoValue(), e.map(), e.converter(), e.sql(),
        e.batchSize(), e.batchSizeValue()));
  }

  /** The {@code @Contract} on such a collection, {@code from} named as {@link #joinExpand}'s. */
  Optional<ContractDeclaration> joinContract(TypeElement owner, VariableElement field) {
    return contract(field).map(c -> new ContractDeclaration(c.mirror(), ofOwner(owner, c.from())));
  }

  /** Each of {@code fields} as a field of {@code owner}, unless it names its entity already. */
  private static List<String> ofOwner(TypeElement owner, List<String> fields) {
    return fields.stream()
        .map(name -> name.contains(".") ? name : owner.getSimpleName() + "." + name)
        .toList();
  }

  private ExpandDeclaration expand(TypeElement entity, AnnotationMirror mirror) {
    List<ExpandDeclaration.MapEntry> entries = new ArrayList<>();
    for (AnnotationValue value : annotations.list(mirror, "map")) {
      AnnotationMirror pair = (AnnotationMirror) value.getValue();
      List<String> to =
          annotations.list(pair, "to").stream().map(v -> String.valueOf(v.getValue())).toList();
      entries.add(
          new ExpandDeclaration.MapEntry(
              annotations.string(pair, "from"),
              to,
              annotations.value(pair, "from"),
              annotations.value(pair, "to")));
    }
    return new ExpandDeclaration(
        mirror,
        annotations.strings(mirror, "from"),
        annotations.strings(mirror, "into"),
        annotations.value(mirror, "into"),
        List.copyOf(entries),
        converter(entity, annotations.value(mirror, "converter")),
        new ExpandDeclaration.ConverterSql(
            annotations.strings(mirror, "sqlUp"),
            annotations.strings(mirror, "sqlDown"),
            annotations.list(mirror, "dialectSql").stream()
                .map(value -> {
                  AnnotationMirror sql = (AnnotationMirror) value.getValue();
                  return new ExpandDeclaration.DialectSqlEntry(
                      annotations.string(sql, "dialect"),
                      annotations.strings(sql, "up"),
                      annotations.strings(sql, "down"),
                      value);
                })
                .toList()),
        annotations.integer(mirror, "batchSize"),
        annotations.value(mirror, "batchSize"));
  }

  /** The converter class, empty for the default (none) or a class that does not resolve. */
  private Optional<ExpandDeclaration.ConverterClass> converter(
      TypeElement entity, AnnotationValue value) {
    if (!(value.getValue() instanceof DeclaredType type) || type.getKind() != TypeKind.DECLARED) {
      return Optional.empty(); // an unknown class: javac reports it
    }
    TypeElement converter = (TypeElement) type.asElement();
    String name = converter.getQualifiedName().toString();
    if (name.equals(NO_CONVERTER)) {
      return Optional.empty();
    }
    Optional<List<String>> arguments = converterArguments(converter.asType());
    Map<String, List<ExpandDeclaration.Component>> records = new java.util.TreeMap<>();
    for (String argument : arguments.orElse(List.of())) {
      TypeElement record = elements.getTypeElement(argument);
      if (record != null && record.getKind() == ElementKind.RECORD) {
        records.put(argument, record.getRecordComponents().stream()
            .map(c -> new ExpandDeclaration.Component(
                c.getSimpleName().toString(), FieldDeclaration.boxedName(c.asType())))
            .toList());
      }
    }
    return Optional.of(
        new ExpandDeclaration.ConverterClass(
            name,
            arguments,
            whyNotInstantiable(converter, elements.getPackageOf(entity)),
            records,
            value));
  }

  /** The type arguments of the {@code Converter<O, N>} among the supertypes of {@code type}. */
  private Optional<List<String>> converterArguments(TypeMirror type) {
    return Supertypes.arguments(types, type, CONVERTER)
        .filter(arguments -> arguments.size() == 2)
        .map(arguments -> arguments.stream().map(FieldDeclaration::boxedName).toList());
  }

  /**
   * Why the accessors, generated in {@code accessorPackage}, could not write
   * {@code new Converter()}; empty when they can.
   */
  private Optional<String> whyNotInstantiable(
      TypeElement converter, PackageElement accessorPackage) {
    if (converter.getKind() == ElementKind.ENUM) {
      return Optional.of("is an enum");
    }
    if (converter.getKind() != ElementKind.CLASS && converter.getKind() != ElementKind.RECORD) {
      return Optional.of("is an interface");
    }
    if (converter.getModifiers().contains(Modifier.ABSTRACT)) {
      return Optional.of("is abstract");
    }
    if (converter.getNestingKind() == NestingKind.MEMBER
        && !converter.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of("is an inner class, which needs an instance of "
          + converter.getEnclosingElement().getSimpleName());
    }
    if (converter.getNestingKind().isNested() && converter.getNestingKind() != NestingKind.MEMBER) {
      return Optional.of("is a local or anonymous class");
    }
    boolean samePackage = elements.getPackageOf(converter).equals(accessorPackage);
    for (Element type = converter; type instanceof TypeElement; type = type.getEnclosingElement()) {
      if (!visible(type, samePackage)) {
        return Optional.of(type == converter
            ? "is not visible from package " + accessorPackage.getQualifiedName()
            : "is nested in " + type.getSimpleName() + ", which is not visible from package "
                + accessorPackage.getQualifiedName());
      }
    }
    Optional<ExecutableElement> noArguments =
        ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
            .filter(c -> c.getParameters().isEmpty())
            .findFirst();
    if (noArguments.isEmpty()) {
      return Optional.of("has no no-argument constructor");
    }
    if (!visible(noArguments.get(), samePackage)) {
      return Optional.of("has no public no-argument constructor");
    }
    return Optional.empty();
  }

  /** Public, or package-private or protected and in the accessors' own package. */
  private static boolean visible(Element element, boolean samePackage) {
    Set<Modifier> modifiers = element.getModifiers();
    return modifiers.contains(Modifier.PUBLIC)
        || (samePackage && !modifiers.contains(Modifier.PRIVATE));
  }

  Optional<RenameDeclaration> rename(Element element) {
    return Annotations.find(element, RENAMED_FROM)
        .map(
            m ->
                new RenameDeclaration(
                    m,
                    annotations.value(m, "value"),
                    annotations.string(m, "value"),
                    annotations.string(m, "acknowledged")));
  }
}
