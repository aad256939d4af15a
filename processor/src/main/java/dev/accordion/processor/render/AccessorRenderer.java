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
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Generates {@code <Entity>Accessors}: for each transition in flight, a getter that reads the old
 * field until the runtime has verified the backfill and the new one after, and setters that write
 * both fields (applying the transform), so the expand release never lets them drift.
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
    ClassName entityName = ClassName.get(type);
    TypeSpec.Builder accessors =
        TypeSpec.classBuilder(accessorName(type))
            .addOriginatingElement(type)
            .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Dual-write accessors for {@link $T} while its expand-and-contract transitions are"
                    + " in flight.\n<p>Route the entity's getters and setters of these fields"
                    + " through here until the contract release.\n",
                entityName)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Transition t : transitions) {
      if (t.isOneToOne()) {
        addTransition(accessors, entityName, t, field(entity, t.oldField()), field(entity, t.newField()));
      } else {
        addSeveral(accessors, entityName, t,
            t.oldFields().stream().map(f -> field(entity, f)).toList(),
            t.newFields().stream().map(f -> field(entity, f)).toList());
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

  private void addTransition(
      TypeSpec.Builder accessors,
      ClassName entity,
      Transition t,
      FieldDeclaration oldField,
      FieldDeclaration newField) {
    String o = oldField.name();
    String n = newField.name();
    TypeName oldType = TypeName.get(oldField.element().asType());
    TypeName newType = TypeName.get(newField.element().asType());
    String up = n + "From" + capitalize(o);
    String down = o + "From" + capitalize(n);
    // A copy between two Java types is an integer widening: it converts both ways.
    boolean copy = t.transform().isCopy() && oldType.box().equals(newType.box());
    CodeBlock fromOld = copy ? CodeBlock.of("entity.$N", o) : CodeBlock.of("$N(entity.$N)", up, o);

    accessors.addMethod(
        MethodSpec.methodBuilder("get" + capitalize(n))
            .addJavadoc(
                "Reads {@code $N}: from {@code $N} until transition {@code $L} is verified.\n",
                n, o, t.id())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(newType)
            .addParameter(entity, "entity")
            .addStatement(
                "return $T.readsNew($S) ? entity.$N : $L", TRANSITIONS, t.id(), n, fromOld)
            .build());
    accessors.addMethod(
        dualSetter(entity, n, newType, o, oldType,
            copy ? CodeBlock.of("value") : CodeBlock.of("$N(value)", down)));
    accessors.addMethod(
        dualSetter(entity, o, oldType, n, newType,
            copy ? CodeBlock.of("value") : CodeBlock.of("$N(value)", up)));
    if (t.transform().isConverter()) {
      String converter = constantName(n) + "_CONVERTER";
      ClassName converterType = ClassName.bestGuess(t.transform().converter());
      accessors.addField(
          FieldSpec.builder(converterType, converter, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T()", converterType)
              .build());
      accessors.addMethod(convertMethod(up, oldType.box(), newType.box(), converter, "up"));
      accessors.addMethod(convertMethod(down, newType.box(), oldType.box(), converter, "down"));
    } else if (t.transform().isCopy() && !copy) {
      accessors.addMethod(widenMethod(up, oldType.box(), newType.box()));
      accessors.addMethod(narrowMethod(down, newType.box(), oldType.box(), n, o, t.id()));
    } else if (!copy) {
      accessors.addMethod(
          mapMethod(up, oldType.box(), newType.box(), t.transform(), true, oldField, newField));
      accessors.addMethod(
          mapMethod(down, newType.box(), oldType.box(), t.transform(), false, oldField, newField));
    }
  }

  /**
   * A transition with several fields on a side (combined or split): the converter takes and
   * gives a record of them. Writing any field recomputes the other side from the whole of its
   * own; all NULL on one side is NULL on the other, as in the SQL.
   */
  private void addSeveral(
      TypeSpec.Builder accessors,
      ClassName entity,
      Transition t,
      List<FieldDeclaration> oldFields,
      List<FieldDeclaration> newFields) {
    FieldDeclaration annotated = newFields.get(0);
    var converterClass = annotated.expand().flatMap(e -> e.converter()).orElseThrow(
        () -> new IllegalStateException(t.id() + " has several fields but no converter"));
    List<String> arguments = converterClass.typeArguments().orElseThrow();
    TypeName oldSide = side(oldFields, arguments.get(0));
    TypeName newSide = side(newFields, arguments.get(1));
    String suffix = capitalize(annotated.name());
    String converter = constantName(annotated.name()) + "_CONVERTER";
    ClassName converterType = ClassName.bestGuess(converterClass.name());
    accessors.addField(
        FieldSpec.builder(converterType, converter, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", converterType)
            .build());

    for (FieldDeclaration target : newFields) {
      TypeName type = TypeName.get(target.element().asType());
      MethodSpec.Builder getter = MethodSpec.methodBuilder("get" + capitalize(target.name()))
          .addJavadoc("Reads {@code $N}: from $L until transition {@code $L} is verified.\n",
              target.name(), fieldList(oldFields), t.id())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(type)
          .addParameter(entity, "entity")
          .beginControlFlow("if ($T.readsNew($S))", TRANSITIONS, t.id())
          .addStatement("return entity.$N", target.name())
          .endControlFlow()
          .addStatement("$T converted = up$L(entity)", newSide, suffix);
      CodeBlock value = newFields.size() == 1
          ? CodeBlock.of("converted")
          : CodeBlock.of("converted.$N()", target.name());
      // A primitive field with nothing to convert from keeps what it holds.
      getter.addStatement("return converted == null ? $L : $L",
          type.isPrimitive() ? CodeBlock.of("entity.$N", target.name()) : CodeBlock.of("null"),
          value);
      accessors.addMethod(getter.build());
    }
    for (FieldDeclaration target : newFields) {
      accessors.addMethod(sideSetter(entity, target, newFields, "fillNew" + suffix,
          "fillOld" + suffix, fieldList(oldFields)));
    }
    for (FieldDeclaration source : oldFields) {
      accessors.addMethod(sideSetter(entity, source, oldFields, "fillOld" + suffix,
          "fillNew" + suffix, fieldList(newFields)));
    }
    accessors.addMethod(convertSide("up" + suffix, entity, oldFields, oldSide, newSide, converter, "up"));
    accessors.addMethod(convertSide("down" + suffix, entity, newFields, newSide, oldSide, converter, "down"));
    accessors.addMethod(fillSide("fillNew" + suffix, entity, newFields, newSide, "up" + suffix));
    accessors.addMethod(fillSide("fillOld" + suffix, entity, oldFields, oldSide, "down" + suffix));
  }

  /** One field's type, or the converter's record of several. */
  private static TypeName side(List<FieldDeclaration> fields, String recordName) {
    return fields.size() == 1
        ? TypeName.get(fields.get(0).element().asType()).box()
        : ClassName.bestGuess(recordName);
  }

  private static String fieldList(List<FieldDeclaration> fields) {
    return fields.stream().map(f -> "{@code " + f.name() + "}").collect(Collectors.joining(", "));
  }

  /**
   * {@code set<Field>}: writes the field, then the other side from the whole of this one. When
   * this side has several fields and none is set yet (an entity loaded before the backfill
   * reached its row, or written by the other release), they are first filled from the other
   * side, so writing one of them does not wipe the rest.
   */
  private static MethodSpec sideSetter(ClassName entity, FieldDeclaration field,
      List<FieldDeclaration> side, String fillThisSide, String fillOtherSide, String others) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder("set" + capitalize(field.name()))
        .addJavadoc("Writes {@code $N} and, converted, $L.\n", field.name(), others)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(entity, "entity")
        .addParameter(TypeName.get(field.element().asType()), "value");
    if (side.size() > 1 && side.stream().noneMatch(f -> f.element().asType().getKind().isPrimitive())) {
      setter.beginControlFlow("if ($L)", side.stream().map(f -> "entity." + f.name() + " == null")
              .collect(Collectors.joining(" && ")))
          .addStatement("$N(entity)", fillThisSide)
          .endControlFlow();
    }
    return setter
        .addStatement("entity.$N = value", field.name())
        .addStatement("$N(entity)", fillOtherSide)
        .build();
  }

  /** The other side converted from {@code fields}; all NULL stays NULL. */
  private static MethodSpec convertSide(String name, ClassName entity, List<FieldDeclaration> fields,
      TypeName from, TypeName to, String converter, String direction) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(to)
        .addParameter(entity, "entity");
    String allNull = fields.stream().map(f -> "entity." + f.name() + " == null")
        .collect(Collectors.joining(" && "));
    if (fields.stream().noneMatch(f -> f.element().asType().getKind().isPrimitive())) {
      method.beginControlFlow("if ($L)", allNull).addStatement("return null").endControlFlow();
    }
    CodeBlock argument = fields.size() == 1
        ? CodeBlock.of("entity.$N", fields.get(0).name())
        : CodeBlock.of("new $T($L)", from, fields.stream().map(f -> "entity." + f.name())
            .collect(Collectors.joining(", ")));
    return method.addStatement("return $N.$N($L)", converter, direction, argument).build();
  }

  /** Assigns {@code fields} from {@code convert(entity)}; NULL to each when it is NULL. */
  private static MethodSpec fillSide(String name, ClassName entity, List<FieldDeclaration> fields,
      TypeName side, String convert) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(entity, "entity")
        .addStatement("$T converted = $N(entity)", side, convert);
    for (FieldDeclaration field : fields) {
      CodeBlock value = fields.size() == 1
          ? CodeBlock.of("converted")
          : CodeBlock.of("converted == null ? null : converted.$N()", field.name());
      if (field.element().asType().getKind().isPrimitive()) {
        // A primitive keeps its value when there is none.
        method.beginControlFlow("if (($L) != null)", value)
            .addStatement("entity.$N = $L", field.name(), value)
            .endControlFlow();
      } else {
        method.addStatement("entity.$N = $L", field.name(), value);
      }
    }
    return method.build();
  }

  /** Calls the user's converter; nulls stay null, as in the SQL. */
  private static MethodSpec convertMethod(
      String name, TypeName from, TypeName to, String converter, String direction) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(to)
        .addParameter(from, "value")
        .addStatement("return value == null ? null : $N.$N(value)", converter, direction)
        .build();
  }

  /** An integer to a wider one; nulls stay null. */
  private static MethodSpec widenMethod(String name, TypeName from, TypeName to) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(to)
        .addParameter(from, "value")
        .addStatement("return value == null ? null : value.$NValue()", primitiveName(to))
        .build();
  }

  /**
   * A wider integer back to the old field's type, refused when it does not fit: the old column
   * could not hold it, and writing a wrapped value would lose data silently.
   */
  private static MethodSpec narrowMethod(
      String name, TypeName from, TypeName to, String newField, String oldField, String id) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(to)
        .addParameter(from, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (value < $T.MIN_VALUE || value > $T.MAX_VALUE)", to, to)
        .addStatement(
            "throw new $T($S + value + $S)",
            IllegalArgumentException.class,
            newField + " = ",
            " does not fit " + oldField + " (" + ((ClassName) to).simpleName() + "), which"
                + " older releases still read until transition " + id + " is contracted")
        .endControlFlow()
        .addStatement("return value.$NValue()", primitiveName(to))
        .build();
  }

  /** {@code long} for {@code Long}: the name of its {@code Number} accessor. */
  private static String primitiveName(TypeName box) {
    return box.unbox().toString();
  }

  private static String constantName(String field) {
    return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  /** {@code set<Field>}: writes {@code field} and, transformed, its partner. */
  private static MethodSpec dualSetter(
      ClassName entity,
      String field,
      TypeName type,
      String partner,
      TypeName partnerType,
      CodeBlock transformed) {
    // The partner's value first: a value the transform refuses leaves the entity as it was.
    MethodSpec.Builder setter = MethodSpec.methodBuilder("set" + capitalize(field))
        .addJavadoc("Writes {@code $N} and, transformed, {@code $N}.\n", field, partner)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(entity, "entity")
        .addParameter(type, "value")
        .addStatement("$T converted = $L", partnerType.isPrimitive() ? partnerType.box()
            : partnerType, transformed)
        .addStatement("entity.$N = value", field);
    if (partnerType.isPrimitive()) {
      // A primitive keeps its value when there is none.
      setter.beginControlFlow("if (converted != null)")
          .addStatement("entity.$N = converted", partner)
          .endControlFlow();
    } else {
      setter.addStatement("entity.$N = converted", partner);
    }
    return setter.build();
  }

  private static MethodSpec mapMethod(
      String name,
      TypeName from,
      TypeName to,
      Transform transform,
      boolean upwards,
      FieldDeclaration oldField,
      FieldDeclaration newField) {
    ColumnType oldType = oldField.column().type();
    ColumnType newType = newField.column().type();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(to)
            .addParameter(from, "value");
    for (Transform.Pair pair : transform.pairs()) {
      if (upwards) {
        method.beginControlFlow(
                "if ($T.equals(value, $L))", java.util.Objects.class, literal(pair.from(), oldType))
            .addStatement("return $L", literal(pair.to().get(0), newType))
            .endControlFlow();
      } else {
        for (String to2 : pair.to()) {
          method.beginControlFlow(
                  "if ($T.equals(value, $L))", java.util.Objects.class, literal(to2, newType))
              .addStatement("return $L", literal(pair.from(), oldType))
              .endControlFlow();
        }
      }
    }
    return method.addStatement("return null").build();
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
