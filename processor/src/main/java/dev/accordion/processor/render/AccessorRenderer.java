package dev.accordion.processor.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Transform;
import dev.accordion.processor.model.Transition;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates {@code <Entity>Accessors}: for each transition in flight, functions of the fields'
 * values that the entity's own getters and setters call, so its fields may stay private. A
 * reader per new field gives the old side's value, converted, until the runtime has verified the
 * backfill, and the new field's after; a conversion per field gives what a setter of the other
 * side assigns to it (applying the transform), so the expand release never lets the two sides
 * drift; for a side of several fields, a fill gives what a setter of one of them keeps of the
 * others.
 */
public final class AccessorRenderer {

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName TRANSITIONS = ClassName.get("dev.accordion", "Transitions");
  static final String PROCESSOR = "dev.accordion.processor.AccordionProcessor";

  private final Elements elements;

  public AccessorRenderer(Elements elements) {
    this.elements = elements;
  }

  public static String accessorName(TypeElement entity) {
    return entity.getSimpleName() + "Accessors";
  }

  /**
   * The accessor classes of {@code entities} for the transitions {@code next} has in flight. A
   * link moving between tables has none: its two sides are on two entities. A table rename has
   * none either: the database shows the same rows under both names.
   */
  public List<JavaFile> render(List<EntityDeclaration> entities, Schema next) {
    List<JavaFile> files = new ArrayList<>();
    for (EntityDeclaration entity : entities) {
      List<Transition> transitions = next.transitionsOf(entity.tableName()).stream()
          .filter(t -> !t.isLink() && !t.isTableRename())
          .toList();
      if (!transitions.isEmpty()) {
        files.add(render(entity, transitions));
      }
    }
    return files;
  }

  public JavaFile render(EntityDeclaration entity, List<Transition> transitions) {
    TypeElement type = entity.type();
    TypeSpec.Builder accessors =
        TypeSpec.classBuilder(accessorName(type))
            .addOriginatingElement(type)
            .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Dual-write accessors for {@link $T} while its expand-and-contract transitions are"
                    + " in flight.\n<p>Functions of the fields' values, so the fields may stay"
                    + " private: until the contract release, the entity's getter of each new field"
                    + " returns what its reader gives, and each setter assigns to the other side's"
                    + " fields what their conversions give.\n",
                ClassName.get(type))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Transition t : transitions) {
      List<FieldDeclaration> oldFields = t.oldFields().stream().map(f -> field(entity, f)).toList();
      List<FieldDeclaration> newFields = t.newFields().stream().map(f -> field(entity, f)).toList();
      if (t.isOneToOne()) {
        addPair(accessors, t, oldFields.get(0), newFields.get(0));
      } else {
        addSeveral(accessors, t, oldFields, newFields);
      }
    }
    PackageElement pkg = elements.getPackageOf(type);
    return JavaFile.builder(pkg.getQualifiedName().toString(), accessors.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static FieldDeclaration field(EntityDeclaration entity, String name) {
    return entity.fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(entity.qualifiedName() + " has no field " + name));
  }

  /** A transition of one old field into one new field: a copy, a value map or a converter. */
  private void addPair(
      TypeSpec.Builder accessors, Transition t, FieldDeclaration oldField, FieldDeclaration newField) {
    TypeName oldType = type(oldField);
    TypeName newType = type(newField);
    // A copy between two Java types is an integer widening: it converts both ways.
    boolean copy = t.transform().isCopy() && oldType.box().equals(newType.box());
    String up = conversionName(newField, List.of(oldField));
    CodeBlock fromOld = copy && !newType.isPrimitive()
        ? CodeBlock.of("$N", oldField.name())
        : CodeBlock.of("$N($L)", up, arguments(List.of(oldField), newField));
    accessors.addMethod(reader(t, newField, List.of(oldField), !copy, fromOld));
    if (t.transform().isConverter()) {
      String converter = constantName(newField.name()) + "_CONVERTER";
      addConverter(accessors, t.transform().converter(), converter);
      accessors.addMethod(convertPair(oldField, newField,
          orNull(newField, CodeBlock.of("$N.down($N)", converter, newField.name()))));
      accessors.addMethod(convertPair(newField, oldField,
          orNull(oldField, CodeBlock.of("$N.up($N)", converter, oldField.name()))));
    } else if (copy) {
      accessors.addMethod(convertPair(oldField, newField, CodeBlock.of("$N", newField.name())));
      accessors.addMethod(convertPair(newField, oldField, CodeBlock.of("$N", oldField.name())));
    } else if (t.transform().isCopy()) {
      accessors.addMethod(narrow(oldField, newField, t.id()));
      accessors.addMethod(convertPair(newField, oldField,
          orNull(oldField, asPrimitive(oldField, newType.unbox()))));
    } else {
      accessors.addMethod(map(oldField, newField, t.transform(), false));
      accessors.addMethod(map(newField, oldField, t.transform(), true));
    }
  }

  /**
   * A transition with several fields on a side (combined or split): the converter takes and
   * gives a record of them. All NULL on one side is NULL on the other, as in the SQL.
   */
  private void addSeveral(TypeSpec.Builder accessors, Transition t,
      List<FieldDeclaration> oldFields, List<FieldDeclaration> newFields) {
    FieldDeclaration annotated = newFields.get(0);
    var converterClass = annotated.expand().flatMap(e -> e.converter()).orElseThrow(
        () -> new IllegalStateException(t.id() + " has several fields but no converter"));
    List<String> arguments = converterClass.typeArguments().orElseThrow();
    TypeName oldSide = side(oldFields, arguments.get(0));
    TypeName newSide = side(newFields, arguments.get(1));
    String suffix = capitalize(annotated.name());
    String converter = constantName(annotated.name()) + "_CONVERTER";
    addConverter(accessors, converterClass.name(), converter);
    String up = "up" + suffix;
    String down = "down" + suffix;
    for (FieldDeclaration target : newFields) {
      accessors.addMethod(reader(t, target, oldFields, true, CodeBlock.of("$N($L)",
          conversionName(target, oldFields), arguments(oldFields, target))));
    }
    for (FieldDeclaration target : oldFields) {
      accessors.addMethod(convertSide(target, oldFields, oldSide, newFields, down));
    }
    for (FieldDeclaration target : newFields) {
      accessors.addMethod(convertSide(target, newFields, newSide, oldFields, up));
    }
    fill(newFields, newSide, oldFields, up).ifPresent(accessors::addMethod);
    fill(oldFields, oldSide, newFields, down).ifPresent(accessors::addMethod);
    accessors.addMethod(converted(up, oldFields, oldSide, newSide, converter, "up"));
    accessors.addMethod(converted(down, newFields, newSide, oldSide, converter, "down"));
  }

  private static void addConverter(TypeSpec.Builder accessors, String className, String constant) {
    ClassName converterType = ClassName.bestGuess(className);
    accessors.addField(
        FieldSpec.builder(converterType, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", converterType)
            .build());
  }

  /**
   * {@code <field>(field, old fields)}: what the entity's getter of new field {@code field}
   * returns, {@code fromOld} until the transition is verified.
   */
  private static MethodSpec reader(Transition t, FieldDeclaration field,
      List<FieldDeclaration> oldFields, boolean converts, CodeBlock fromOld) {
    MethodSpec.Builder reader = MethodSpec.methodBuilder(field.name())
        .addJavadoc("What {@code get$L} returns: $L$L until transition {@code $L} is verified,"
                + " then {@code $N}.\n",
            capitalize(field.name()), fieldList(oldFields), converts ? ", converted," : "", t.id(),
            field.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type(field))
        .addParameter(type(field), field.name());
    oldFields.forEach(f -> reader.addParameter(type(f), f.name()));
    return reader
        .addStatement("return $T.readsNew($S) ? $N : $L", TRANSITIONS, t.id(), field.name(), fromOld)
        .build();
  }

  /**
   * {@code <target>From<Sources>(sources)}: what the setters of {@code sources} assign to
   * {@code target}. A primitive target also takes its own value, which it keeps when there is
   * nothing to convert.
   */
  private static MethodSpec.Builder conversion(FieldDeclaration target,
      List<FieldDeclaration> sources) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(conversionName(target, sources))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type(target));
    sources.forEach(s -> method.addParameter(type(s), s.name()));
    String setters = sources.stream().map(s -> "{@code set" + capitalize(s.name()) + "}")
        .collect(Collectors.joining(" and "));
    if (type(target).isPrimitive()) {
      method.addParameter(type(target), target.name());
      return method.addJavadoc("What $L $L to {@code $N}, which keeps its value when there is"
          + " nothing to convert.\n", setters, sources.size() == 1 ? "assigns" : "assign",
          target.name());
    }
    return method.addJavadoc("What $L $L to {@code $N}.\n", setters,
        sources.size() == 1 ? "assigns" : "assign", target.name());
  }

  /** The arguments of {@code target}'s conversion: {@code sources}, and its own if primitive. */
  private static String arguments(List<FieldDeclaration> sources, FieldDeclaration target) {
    List<FieldDeclaration> all = new ArrayList<>(sources);
    if (type(target).isPrimitive()) {
      all.add(target);
    }
    return names(all);
  }

  /** {@code target}'s conversion from its one partner: {@code value}, a boxed expression. */
  private static MethodSpec convertPair(FieldDeclaration target, FieldDeclaration source,
      CodeBlock value) {
    return returnOrKeep(conversion(target, List.of(source)), target, type(target).box(), value,
        List.of(source)).build();
  }

  /** {@code source}'s number as {@code primitive}: {@code views.longValue()}, {@code (int) n}. */
  private static CodeBlock asPrimitive(FieldDeclaration source, TypeName primitive) {
    return type(source).isPrimitive()
        ? CodeBlock.of("($T) $N", primitive, source.name())
        : CodeBlock.of("$N.$NValue()", source.name(), primitive.toString());
  }

  /** {@code value}, or null when {@code source} is null (a primitive never is). */
  private static CodeBlock orNull(FieldDeclaration source, CodeBlock value) {
    return type(source).isPrimitive()
        ? value
        : CodeBlock.of("$N == null ? null : $L", source.name(), value);
  }

  /**
   * Returns {@code value}; for a primitive target, the target's own value when {@code value} is
   * null.
   */
  private static MethodSpec.Builder returnOrKeep(MethodSpec.Builder method,
      FieldDeclaration target, TypeName boxed, CodeBlock value, List<FieldDeclaration> sources) {
    if (!type(target).isPrimitive()) {
      return method.addStatement("return $L", value);
    }
    String local = local(sources, target);
    return method.addStatement("$T $N = $L", boxed, local, value)
        .addStatement("return $N == null ? $N : $N", local, target.name(), local);
  }

  /**
   * A wider integer back to the old field's type, refused when it does not fit: the old column
   * could not hold it, and writing a wrapped value would lose data silently.
   */
  private static MethodSpec narrow(FieldDeclaration target, FieldDeclaration source, String id) {
    TypeName to = type(target).box();
    String value = source.name();
    MethodSpec.Builder method = conversion(target, List.of(source))
        .addJavadoc("<p>Refused when it does not fit: assign it before {@code $N}, so that a"
            + " refused value leaves the entity as it was.\n", source.name());
    if (!type(source).isPrimitive()) {
      method.beginControlFlow("if ($N == null)", value)
          .addStatement("return null")
          .endControlFlow();
    }
    return method
        .beginControlFlow("if ($N < $T.MIN_VALUE || $N > $T.MAX_VALUE)", value, to, value, to)
        .addStatement(
            "throw new $T($S + $N + $S)",
            IllegalArgumentException.class,
            source.name() + " = ",
            value,
            " does not fit " + target.name() + " (" + ((ClassName) to).simpleName() + "), which"
                + " older releases still read until transition " + id + " is contracted")
        .endControlFlow()
        .addStatement("return $L", asPrimitive(source, to.unbox()))
        .build();
  }

  /**
   * A value map's one direction: each value to the one it maps to; any other to none (a primitive
   * target keeps its own).
   */
  private static MethodSpec map(FieldDeclaration target, FieldDeclaration source,
      Transform transform, boolean upwards) {
    ColumnType targetType = target.column().type();
    ColumnType sourceType = source.column().type();
    MethodSpec.Builder method = conversion(target, List.of(source));
    String value = source.name();
    for (Transform.Pair pair : transform.pairs()) {
      if (upwards) {
        method.beginControlFlow(
                "if ($T.equals($N, $L))", java.util.Objects.class, value,
                literal(pair.from(), sourceType))
            .addStatement("return $L", literal(pair.to().get(0), targetType))
            .endControlFlow();
      } else {
        for (String to : pair.to()) {
          method.beginControlFlow(
                  "if ($T.equals($N, $L))", java.util.Objects.class, value, literal(to, sourceType))
              .addStatement("return $L", literal(pair.from(), targetType))
              .endControlFlow();
        }
      }
    }
    return method.addStatement("return $L", type(target).isPrimitive()
        ? CodeBlock.of("$N", target.name()) : CodeBlock.of("null")).build();
  }

  /**
   * {@code target}'s conversion from the whole other side, {@code sources}, through
   * {@code convert}: the value itself when {@code target} is its side's only field, else its
   * component of the side's record.
   */
  private static MethodSpec convertSide(FieldDeclaration target, List<FieldDeclaration> side,
      TypeName sideType, List<FieldDeclaration> sources, String convert) {
    MethodSpec.Builder method = conversion(target, sources);
    CodeBlock value = CodeBlock.of("$N($L)", convert, names(sources));
    if (side.size() == 1) {
      return returnOrKeep(method, target, sideType, value, sources).build();
    }
    String local = local(sources, target);
    return method.addStatement("$T $N = $L", sideType, local, value)
        .addStatement("return $N == null ? $L : $N.$N()", local,
            type(target).isPrimitive() ? CodeBlock.of("$N", target.name()) : CodeBlock.of("null"),
            local, target.name())
        .build();
  }

  /**
   * {@code filled<Record>(side, others)}: what a setter of one field of {@code side} keeps of
   * the others. When none is set yet (an entity loaded before the backfill reached its row, or
   * written by the other release), they are first filled from the other side, so writing one of
   * them does not wipe the rest. None for a side of one field, or with a primitive field, which
   * is never unset.
   */
  private static Optional<MethodSpec> fill(List<FieldDeclaration> side, TypeName sideType,
      List<FieldDeclaration> others, String convert) {
    if (side.size() < 2 || side.stream().anyMatch(f -> type(f).isPrimitive())) {
      return Optional.empty();
    }
    ClassName record = (ClassName) sideType;
    MethodSpec.Builder method = MethodSpec.methodBuilder("filled" + record.simpleName())
        .addJavadoc("What a setter of $L keeps of the others: the fields as they are or, when none"
            + " is set yet, converted from $L.\n", fieldList(side, " or "), fieldList(others))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(record);
    List<FieldDeclaration> parameters = new ArrayList<>(side);
    parameters.addAll(others);
    parameters.forEach(f -> method.addParameter(type(f), f.name()));
    String local = local(parameters, null);
    return Optional.of(method.beginControlFlow("if ($L)", allNull(side))
        .addStatement("$T $N = $N($L)", record, local, convert, names(others))
        .beginControlFlow("if ($N != null)", local)
        .addStatement("return $N", local)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new $T($L)", record, names(side))
        .build());
  }

  /** The other side converted from {@code fields}; all NULL stays NULL. */
  private static MethodSpec converted(String name, List<FieldDeclaration> fields,
      TypeName from, TypeName to, String converter, String direction) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(to);
    fields.forEach(f -> method.addParameter(type(f), f.name()));
    if (fields.stream().noneMatch(f -> type(f).isPrimitive())) {
      method.beginControlFlow("if ($L)", allNull(fields)).addStatement("return null").endControlFlow();
    }
    CodeBlock argument = fields.size() == 1
        ? CodeBlock.of("$N", fields.get(0).name())
        : CodeBlock.of("new $T($L)", from, names(fields));
    return method.addStatement("return $N.$N($L)", converter, direction, argument).build();
  }

  /** One field's type, or the converter's record of several. */
  private static TypeName side(List<FieldDeclaration> fields, String recordName) {
    return fields.size() == 1 ? type(fields.get(0)).box() : ClassName.bestGuess(recordName);
  }

  private static TypeName type(FieldDeclaration field) {
    return TypeName.get(field.element().asType());
  }

  /** {@code statusFromPublished}, {@code fullNameFromFirstNameAndLastName}. */
  private static String conversionName(FieldDeclaration target, List<FieldDeclaration> sources) {
    return target.name() + "From" + sources.stream().map(f -> capitalize(f.name()))
        .collect(Collectors.joining("And"));
  }

  private static String names(List<FieldDeclaration> fields) {
    return fields.stream().map(FieldDeclaration::name).collect(Collectors.joining(", "));
  }

  private static String allNull(List<FieldDeclaration> fields) {
    return fields.stream().map(f -> f.name() + " == null").collect(Collectors.joining(" && "));
  }

  private static String fieldList(List<FieldDeclaration> fields) {
    return fieldList(fields, ", ");
  }

  private static String fieldList(List<FieldDeclaration> fields, String separator) {
    return fields.stream().map(f -> "{@code " + f.name() + "}")
        .collect(Collectors.joining(separator));
  }

  /** A local variable's name that no parameter (the fields' names) takes. */
  private static String local(List<FieldDeclaration> parameters, FieldDeclaration also) {
    Set<String> taken = parameters.stream().map(FieldDeclaration::name)
        .collect(Collectors.toCollection(HashSet::new));
    if (also != null) {
      taken.add(also.name());
    }
    String name = "converted";
    while (taken.contains(name)) {
      name = "_" + name;
    }
    return name;
  }

  private static String constantName(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  /** A value of the map as a Java expression of the column's Java type. */
  private static CodeBlock literal(String value, ColumnType type) {
    if (type.isEnum()) {
      return CodeBlock.of("$T.$N", ClassName.bestGuess(type.javaType()), value);
    }
    return switch (type.kind()) {
      case BOOLEAN, INTEGER, DOUBLE -> CodeBlock.of("$L", value);
      case BIGINT -> CodeBlock.of("$LL", value);
      case SMALLINT -> CodeBlock.of("(short) $L", value);
      case TINYINT -> CodeBlock.of("(byte) $L", value);
      case FLOAT -> CodeBlock.of("$LF", value);
      case DECIMAL -> CodeBlock.of("new $T($S)", java.math.BigDecimal.class, value);
      case CHAR -> CodeBlock.of("'$L'", value);
      default -> CodeBlock.of("$S", value);
    };
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
