package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.CONSTRAINT;
import static dev.accordion.processor.read.AnnotationName.CONSTRAINT_COMPOSITION;
import static dev.accordion.processor.read.AnnotationName.DIGITS;
import static dev.accordion.processor.read.AnnotationName.ID;
import static dev.accordion.processor.read.AnnotationName.LENGTH;
import static dev.accordion.processor.read.AnnotationName.NOT_BLANK;
import static dev.accordion.processor.read.AnnotationName.NOT_EMPTY;
import static dev.accordion.processor.read.AnnotationName.NOT_NULL;
import static dev.accordion.processor.read.AnnotationName.OVERRIDES_ATTRIBUTE;
import static dev.accordion.processor.read.AnnotationName.SIZE;
import static dev.accordion.processor.read.AnnotationName.VALID;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.ColumnType.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * The Bean Validation constraints Hibernate 7 writes into the columns it creates when a validation
 * provider is present ({@code TypeSafeActivator.applyRelationalConstraints}), read by qualified
 * name, so the processor needs no validation API of its own.
 *
 * <p>For each persistent property, the constraints on its field and on its getter
 * ({@code get}, or {@code is} and {@code has} returning {@code boolean}) in the default group:
 * {@code @NotNull}, {@code @NotEmpty} and {@code @NotBlank} make its columns NOT NULL, but not a
 * {@code SINGLE_TABLE} subclass's, nor those of an embedded value for being NOT NULL itself;
 * {@code @Size(max)} and Hibernate Validator's {@code @Length(max)} on a {@code String} set its
 * length; {@code @Digits(integer, fraction)} its precision ({@code integer + fraction}) and
 * scale. A constraint composed of others applies theirs, whatever their groups, with their
 * attributes as {@code @OverridesAttribute} sets them; under Hibernate Validator's
 * {@code @ConstraintComposition(OR)} they make the column NOT NULL only if each does. The
 * members of an embedded value are constrained only through {@code @Valid} on the field that
 * embeds it, and NOT NULL only where that field is too. Element collections keep none of their
 * constraints, and a foreign key keeps the size of the key it points at as JPA declares it
 * (Hibernate copies it before it applies the constraints). {@code @Min} and {@code @Max} become
 * checks, which Accordion leaves out as it leaves out the other checks.
 */
final class BeanValidation {

  /**
   * What a property's constraints make of its columns: {@code notNull} where Hibernate marks them
   * NOT NULL (a composed constraint may mark them where the whole does not say so);
   * {@code notNullForMembers} where the whole does, which lets an embedded value's members be
   * NOT NULL; {@code length}, {@code precision} and {@code scale} when set (0 when not);
   * {@code cascaded} for {@code @Valid}.
   */
  private record Constraints(boolean notNull, boolean notNullForMembers, int length, int precision,
      int scale, boolean cascaded) {

    static final Constraints NONE = new Constraints(false, false, 0, 0, 0, false);

    /**
     * {@code column} as the constraints leave it: NOT NULL unless {@code notNullApplies} is false,
     * a string's length, a decimal's precision and scale.
     */
    Column applyTo(Column column, boolean notNullApplies) {
      ColumnType type = column.type();
      if (length > 0 && (type.kind() == Kind.VARCHAR || type.kind() == Kind.CLOB)) {
        type = new ColumnType(type.kind(), type.javaType(), length, type.precision(),
            type.scale(), type.enumConstants(), type.definition());
      }
      if (precision > 0 && type.kind() == Kind.DECIMAL) {
        type = new ColumnType(type.kind(), type.javaType(), type.length(), precision, scale,
            type.enumConstants(), type.definition());
      }
      boolean nullable = column.nullable() && !(notNull && notNullApplies);
      return new Column(column.name(), column.field(), type, nullable, column.unique(),
          column.identity(), column.references());
    }
  }

  private static final String DEFAULT_GROUP = "jakarta.validation.groups.Default";
  private static final Set<String> NOT_NULL_CONSTRAINTS =
      Set.of(NOT_NULL.qualifiedName(), NOT_EMPTY.qualifiedName(), NOT_BLANK.qualifiedName());

  /** One constraint: its annotation type and its attributes, overrides applied. */
  private record Constraint(TypeElement type, Map<String, AnnotationValue> attributes) {

    boolean is(AnnotationName name) {
      return type.getQualifiedName().contentEquals(name.qualifiedName());
    }

    int integer(String name) {
      return attributes.get(name).getValue() instanceof Integer i ? i : 0;
    }
  }

  /** What the reading of one property's constraints adds up to. */
  private static final class Found {
    boolean notNull;
    int length;
    int precision;
    int scale;
  }

  private final Annotations annotations;
  private final boolean applies;
  private final Map<VariableElement, Constraints> byField = new IdentityHashMap<>();
  private final Map<TypeElement, Boolean> constraintTypes = new IdentityHashMap<>();

  /** {@code applies}: whether Hibernate applies the constraints at all ({@link ValidationMode}). */
  BeanValidation(Annotations annotations, boolean applies) {
    this.annotations = annotations;
    this.applies = applies;
  }

  /**
   * The column of {@code field}, a property of {@code entity} itself: NOT NULL only when
   * {@code notNullApplies} (not in a {@code SINGLE_TABLE} subclass). A key field beside others
   * (an {@code @IdClass}) keeps its column: Hibernate finds it as the id class's property,
   * whose columns are not the table's.
   */
  Column property(TypeElement entity, VariableElement field, Column column,
      boolean notNullApplies) {
    if (Annotations.has(field, ID) && EntityTypes.keyFields(entity).size() > 1) {
      return column;
    }
    return constraints(field).applyTo(column, notNullApplies);
  }

  /**
   * The column of a member of an embedded value: constrained only when every field that embeds
   * it is {@code @Valid}, NOT NULL only when every one of them is NOT NULL too.
   */
  Column member(ColumnMapping.Attribute attribute, Column column) {
    boolean notNull = true;
    for (VariableElement outer : attribute.embeddedIn()) {
      Constraints embedding = constraints(outer);
      if (!embedding.cascaded()) {
        return column;
      }
      notNull &= embedding.notNullForMembers();
    }
    return constraints(attribute.field()).applyTo(column, notNull);
  }

  /** The constraints on {@code field} and its getter that reach columns. */
  private Constraints constraints(VariableElement field) {
    if (!applies) {
      return Constraints.NONE;
    }
    return byField.computeIfAbsent(field, this::read);
  }

  private Constraints read(VariableElement field) {
    List<Element> declarations = new ArrayList<>();
    declarations.add(field);
    getter(field).ifPresent(declarations::add);
    List<Constraint> declared = new ArrayList<>();
    boolean cascaded = false;
    for (Element declaration : declarations) {
      declared.addAll(constraints(declaration.getAnnotationMirrors(), Map.of(), null));
      cascaded |= Annotations.has(declaration, VALID);
    }
    boolean string = field.asType().getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) field.asType()).asElement()).getQualifiedName()
            .contentEquals("java.lang.String");
    Found found = new Found();
    boolean notNullForMembers = apply(declared, true, false, string, found);
    return new Constraints(found.notNull, notNullForMembers, found.length, found.precision,
        found.scale, cascaded);
  }

  /**
   * Hibernate's walk over a property's constraints: the top level's filtered by group, each
   * composed constraint's composing ones after it. Returns whether they make the property NOT
   * NULL, by all ({@code or}) or any of them; records in {@code found} what each level marks.
   */
  private boolean apply(List<Constraint> constraints, boolean topLevel, boolean or,
      boolean string, Found found) {
    boolean result = false;
    boolean first = true;
    for (Constraint constraint : constraints) {
      boolean notNull = false;
      if (!topLevel || inDefaultGroup(constraint)) {
        notNull = NOT_NULL_CONSTRAINTS.contains(constraint.type().getQualifiedName().toString());
        if (constraint.is(DIGITS)) {
          int precision = constraint.integer("integer") + constraint.integer("fraction");
          // Of two (rare), Hibernate keeps whichever its validator lists last: the narrower
          // fits every value both accept.
          if (found.precision == 0 || precision < found.precision) {
            found.precision = precision;
            found.scale = constraint.integer("fraction");
          }
        }
        if (string && (constraint.is(SIZE) || constraint.is(LENGTH))) {
          int max = constraint.integer("max");
          if (max < Integer.MAX_VALUE && (found.length == 0 || max < found.length)) {
            found.length = max;
          }
        }
        List<Constraint> composing = composing(constraint);
        if (!composing.isEmpty()) {
          notNull |= apply(composing, false, orComposition(constraint, composing), string, found);
        }
      }
      if (first) {
        result = notNull;
        first = false;
      } else {
        result = or ? result && notNull : result || notNull;
      }
    }
    found.notNull |= result;
    return result;
  }

  /** In the group Hibernate applies to DDL: none declared, or {@code Default} among them. */
  private static boolean inDefaultGroup(Constraint constraint) {
    AnnotationValue declared = constraint.attributes().get("groups");
    List<? extends AnnotationValue> groups = declared == null ? List.of() : asList(declared);
    return groups.isEmpty() || groups.stream().anyMatch(group ->
        group.getValue() instanceof DeclaredType type
            && ((TypeElement) type.asElement()).getQualifiedName().contentEquals(DEFAULT_GROUP));
  }

  /** Whether Hibernate Validator's {@code @ConstraintComposition(OR)} composes two or more. */
  private boolean orComposition(Constraint constraint, List<Constraint> composing) {
    return composing.size() > 1 && Annotations.find(constraint.type(), CONSTRAINT_COMPOSITION)
        .map(c -> annotations.enumConstant(c, "value").equals("OR")).orElse(false);
  }

  /**
   * The constraints a composed constraint's annotation type carries, each with the attributes
   * the composed one overrides ({@code @OverridesAttribute} on its methods).
   */
  private List<Constraint> composing(Constraint composed) {
    return constraints(composed.type().getAnnotationMirrors(), composed.attributes(),
        composed.type());
  }

  /**
   * The constraints among {@code mirrors}, those a container ({@code @Size.List}) holds
   * included; {@code composedBy}, when not null, is the annotation type they compose, whose
   * {@code overrides} replace the attributes its {@code @OverridesAttribute} names.
   */
  private List<Constraint> constraints(List<? extends AnnotationMirror> mirrors,
      Map<String, AnnotationValue> overrides, TypeElement composedBy) {
    List<Constraint> found = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      TypeElement type = type(mirror);
      if (isConstraint(type)) {
        found.add(constraint(mirror, -1, overrides, composedBy));
        continue;
      }
      List<? extends AnnotationValue> contained = containedConstraints(mirror);
      for (int i = 0; i < contained.size(); i++) {
        found.add(constraint((AnnotationMirror) contained.get(i).getValue(), i, overrides,
            composedBy));
      }
    }
    return found;
  }

  private Constraint constraint(AnnotationMirror mirror, int index,
      Map<String, AnnotationValue> overrides, TypeElement composedBy) {
    TypeElement type = type(mirror);
    Map<String, AnnotationValue> attributes = new HashMap<>(annotations.values(mirror));
    if (composedBy != null) {
      for (ExecutableElement method : ElementFilter.methodsIn(composedBy.getEnclosedElements())) {
        for (AnnotationMirror override : overridesAttribute(method)) {
          boolean targets = annotations.value(override, "constraint").getValue()
              instanceof DeclaredType target && target.asElement().equals(type)
              && annotations.integer(override, "constraintIndex") == index;
          if (targets) {
            String name = annotations.string(override, "name");
            attributes.put(name.isEmpty() ? method.getSimpleName().toString() : name,
                overrides.get(method.getSimpleName().toString()));
          }
        }
      }
    }
    return new Constraint(type, attributes);
  }

  /** A method's {@code @OverridesAttribute}s, written once or repeated. */
  private List<AnnotationMirror> overridesAttribute(ExecutableElement method) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (type(mirror).getQualifiedName().contentEquals(OVERRIDES_ATTRIBUTE.qualifiedName())) {
        found.add(mirror);
      } else if (type(mirror).getQualifiedName()
          .contentEquals(OVERRIDES_ATTRIBUTE.qualifiedName() + ".List")) {
        annotations.list(mirror, "value").forEach(v -> found.add((AnnotationMirror) v.getValue()));
      }
    }
    return found;
  }

  /**
   * The constraints a container annotation holds: one whose {@code value} is an array of
   * constraints, as Bean Validation reads repeated constraints. Empty for any other annotation.
   */
  private List<? extends AnnotationValue> containedConstraints(AnnotationMirror mirror) {
    Optional<AnnotationValue> value = annotations.values(mirror).entrySet().stream()
        .filter(e -> e.getKey().equals("value")).map(Map.Entry::getValue).findFirst();
    if (value.isEmpty() || !(value.get().getValue() instanceof List<?> list) || list.isEmpty()) {
      return List.of();
    }
    List<? extends AnnotationValue> values = asList(value.get());
    return values.stream().allMatch(v -> v.getValue() instanceof AnnotationMirror nested
        && isConstraint(type(nested))) ? values : List.of();
  }

  /** Whether {@code type} is a constraint annotation: annotated {@code @Constraint}. */
  private boolean isConstraint(TypeElement type) {
    return constraintTypes.computeIfAbsent(type, t -> Annotations.has(t, CONSTRAINT));
  }

  /**
   * The getter Bean Validation reads as the same property as {@code field}: in the class that
   * declares it, no parameters, {@code get<Name>} returning a value or {@code is<Name>} or
   * {@code has<Name>} returning {@code boolean}, the name after the prefix decapitalized as
   * JavaBeans do ({@code URL} stays {@code URL}).
   */
  private static Optional<ExecutableElement> getter(VariableElement field) {
    String property = field.getSimpleName().toString();
    Element owner = field.getEnclosingElement();
    if (owner.getKind() != ElementKind.CLASS && owner.getKind() != ElementKind.RECORD) {
      return Optional.empty();
    }
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (!method.getParameters().isEmpty() || method.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String name = method.getSimpleName().toString();
      TypeKind returns = method.getReturnType().getKind();
      String prefix = name.startsWith("get") && returns != TypeKind.VOID ? "get"
          : (name.startsWith("is") || name.startsWith("has")) && returns == TypeKind.BOOLEAN
              ? name.substring(0, name.startsWith("is") ? 2 : 3) : null;
      if (prefix != null && decapitalize(name.substring(prefix.length())).equals(property)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  private static String decapitalize(String name) {
    if (name.isEmpty()
        || name.length() > 1 && Character.isUpperCase(name.charAt(0))
            && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private static TypeElement type(AnnotationMirror mirror) {
    return (TypeElement) mirror.getAnnotationType().asElement();
  }

  @SuppressWarnings("unchecked")
  private static List<? extends AnnotationValue> asList(AnnotationValue value) {
    return value.getValue() instanceof List<?> list
        ? (List<? extends AnnotationValue>) list : List.of();
  }
}
