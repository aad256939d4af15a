package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.COLUMN;
import static dev.accordion.processor.read.AnnotationName.DISCRIMINATOR_COLUMN;
import static dev.accordion.processor.read.AnnotationName.ENTITY;
import static dev.accordion.processor.read.AnnotationName.ID;
import static dev.accordion.processor.read.AnnotationName.MAPPED_SUPERCLASS;
import static dev.accordion.processor.read.AnnotationName.TABLE;
import static dev.accordion.processor.read.AnnotationName.TRANSIENT;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Sequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Entity} class into an {@link EntityDeclaration}: its table (the entity name as
 * table; every name as the {@link PhysicalNaming} strategy spells it), its indexes and its
 * persistent fields, including those of {@code @MappedSuperclass} ancestors. Each field's column is {@link ColumnMapping}'s, its
 * Accordion annotations {@link TransitionAnnotations}'; what neither SQL nor Hibernate can take
 * (a name that needs quoting, inheritance, another schema, no key) is reported here.
 */
public final class EntityReader {

  private final Annotations annotations;
  private final PhysicalNaming naming;
  private final ColumnMapping columns;
  private final TableIndexes tableIndexes;
  private final TransitionAnnotations transitions;
  /** What reading found wrong with the declarations, in the order found. */
  private final ValidationReport.Builder report = ValidationReport.builder();

  public EntityReader(Elements elements, Types types, PhysicalNaming naming) {
    this.annotations = new Annotations(elements);
    this.naming = naming;
    this.columns = new ColumnMapping(annotations, naming, report);
    this.tableIndexes = new TableIndexes(annotations, naming, report);
    this.transitions = new TransitionAnnotations(annotations, elements, types);
  }

  /** Everything this reader found wrong so far, for the caller to report. */
  public ValidationReport findings() {
    return report.build();
  }

  public static boolean isEntity(Element element) {
    return element.getKind() == ElementKind.CLASS && Annotations.has(element, ENTITY);
  }

  /** Why JPA cannot map an {@code @Entity} element, or empty when it can. */
  public static Optional<String> unmappable(Element element) {
    if (element.getKind() != ElementKind.CLASS) {
      return Optional.of("it is " + switch (element.getKind()) {
        case RECORD -> "a record, whose fields cannot be set";
        case INTERFACE, ANNOTATION_TYPE -> "an interface, which has no fields to map";
        case ENUM -> "an enum, whose instances are fixed";
        default -> "no class";
      });
    }
    TypeElement type = (TypeElement) element;
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      return Optional.of("it is an inner class, which needs an instance of "
          + type.getEnclosingElement().getSimpleName() + " to be created");
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      return Optional.of("it is a local class");
    }
    return Optional.empty();
  }

  /**
   * Reports the first of {@link AnnotationName#FIELD_TRANSITIONS} on {@code element} where no
   * entity reads it: a class that is no entity, a field of one, or a field that is static or
   * transient. Returns whether it was reported.
   */
  public boolean reportMisplaced(Element element) {
    AnnotationName annotation = null;
    for (AnnotationName name : AnnotationName.FIELD_TRANSITIONS) {
      if (Annotations.has(element, name)) {
        annotation = name;
        break;
      }
    }
    if (annotation == null) {
      return false;
    }
    String simple = annotation.simpleName();
    AnnotationMirror mirror = Annotations.find(element, annotation).orElse(null);
    if (element.getKind() == ElementKind.FIELD) {
      Element owner = element.getEnclosingElement();
      if (!isEntity(owner) && !Annotations.has(owner, MAPPED_SUPERCLASS)) {
        report.report(Message.NOT_ON_AN_ENTITY, element, mirror, simple,
            "field '" + element.getSimpleName() + "'", owner.getSimpleName());
        return true;
      }
      String why = element.getModifiers().contains(Modifier.STATIC) ? "static"
          : element.getModifiers().contains(Modifier.TRANSIENT) ? "transient"
          : Annotations.has(element, TRANSIENT) ? "@Transient" : null;
      if (why != null) {
        report.report(Message.NOT_PERSISTED, element, mirror, simple, element.getSimpleName(),
            why, why.startsWith("@") ? why : "'" + why + "'", simple);
        return true;
      }
      return false;
    }
    if (!isEntity(element)) {
      report.report(Message.NOT_ON_AN_ENTITY, element, mirror, simple,
          element.getKind().toString().toLowerCase(java.util.Locale.ROOT) + " "
              + element.getSimpleName(), element.getSimpleName());
      return true;
    }
    return false;
  }

  /** The entity's declaration, or empty when an error was reported for it. */
  public Optional<EntityDeclaration> read(TypeElement type) {
    if (!checkNoInheritance(type)) {
      return Optional.empty();
    }
    boolean ok = true;
    List<FieldDeclaration> fields = new ArrayList<>();
    Map<String, FieldDeclaration> byColumn = new HashMap<>();
    for (VariableElement field : mappedFields(type)) {
      if (columns.isInverseSide(field)) {
        continue;
      }
      boolean join = columns.isSingleJoinColumn(field);
      Optional<String> notYetMapped = columns.notYetMapped(field)
          .or(() -> join ? joinProblem(field) : Optional.empty());
      if (notYetMapped.isPresent()) {
        ok &= reportNotYetMapped(type, field, notYetMapped.get());
        continue;
      }
      Optional<FieldDeclaration> declared = join ? readJoin(field) : readField(type, field);
      if (declared.isEmpty()) {
        ok = false;
        continue;
      }
      FieldDeclaration fieldDeclaration = declared.get();
      FieldDeclaration clash = byColumn.putIfAbsent(fieldDeclaration.column().name(), fieldDeclaration);
      if (clash != null) {
        report.report(
            Message.DUPLICATE_COLUMN,
            field,
            clash.name(),
            fieldDeclaration.name(),
            fieldDeclaration.column().name(),
            tableName(type));
        ok = false;
        continue;
      }
      fields.add(fieldDeclaration);
    }
    long keys = fields.stream().filter(FieldDeclaration::id).count();
    if (ok && keys == 0) {
      report.report(Message.NO_PRIMARY_KEY, type, type.getSimpleName());
      ok = false;
    } else if (keys > 1) {
      report.report(Message.COMPOSITE_KEY, type, type.getSimpleName());
      ok = false;
    }
    AnnotationMirror tableAnnotation =
        Annotations.find(type, TABLE).or(() -> Annotations.find(type, ENTITY)).orElseThrow();
    ok &= checkName("Table", tableName(type), type, tableAnnotation);
    ok &= checkDefaultSchema(type);
    for (FieldDeclaration field : fields) {
      ok &= checkName("Column", field.column().name(), field.element(),
          Annotations.find(field.element(), COLUMN).orElse(null));
    }
    ok &= tableIndexes.check(type, fields, tableAnnotation);
    List<Index> indexes = tableIndexes.read(type, tableName(type));
    for (Index index : indexes) {
      ok &= checkName("Index", index.name(), type, tableAnnotation);
      for (String column : index.columns()) {
        ok &= checkName("Index column", column, type, tableAnnotation);
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(
        new EntityDeclaration(type, tableName(type), tableNamedBy(type),
            keySequence(type, fields), transitions.rename(type).map(this::physical),
            transitions.expand(type, type), transitions.contract(type), List.copyOf(fields),
            List.copyOf(indexes)));
  }

  /**
   * Reports a name SQL cannot take bare (an error) or takes only as a keyword (a warning).
   * Returns false on the error.
   */
  private boolean checkName(String what, String name, Element element, AnnotationMirror at) {
    if (NameRules.needsQuoting(name)) {
      report.report(Message.NAME_NEEDS_QUOTING, element, at, what, name, NameRules.plain(name));
      return false;
    }
    if (NameRules.reserved(name)) {
      report.report(Message.RESERVED_NAME, element, at, what, name, name);
    }
    return true;
  }

  /**
   * Hibernate maps an entity that extends another into the root's table (with a discriminator
   * column) or into tables of its own, and a {@code @DiscriminatorColumn} adds a column even
   * without subclasses; resolving knows neither. {@code @Inheritance} alone on an entity without
   * entity subclasses changes nothing Hibernate creates, so it is accepted.
   */
  private boolean checkNoInheritance(TypeElement type) {
    for (TypeElement parent = superclass(type); parent != null; parent = superclass(parent)) {
      if (isEntity(parent)) {
        report.report(Message.ENTITY_INHERITANCE, type, type.getSimpleName(),
            "extends entity " + parent.getSimpleName(),
            "stores a subclass's rows in its root's table with a discriminator column"
                + " (SINGLE_TABLE, the default) or in tables of their own (JOINED,"
                + " TABLE_PER_CLASS)");
        return false;
      }
    }
    Optional<AnnotationMirror> discriminator = Annotations.find(type, DISCRIMINATOR_COLUMN);
    if (discriminator.isPresent()) {
      String name = annotations.string(discriminator.get(), "name");
      report.report(Message.ENTITY_INHERITANCE, type, discriminator.get(), type.getSimpleName(),
          "declares @DiscriminatorColumn",
          "adds discriminator column " + (name.isEmpty() ? "DTYPE" : name) + " to its table");
      return false;
    }
    return true;
  }

  /**
   * Migrations create tables in their connection's schema; a table Hibernate is told to find in
   * another schema or catalog would never be created there.
   */
  private boolean checkDefaultSchema(TypeElement type) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isEmpty()) {
      return true;
    }
    boolean ok = true;
    for (String attribute : List.of("schema", "catalog")) {
      String schema = annotations.string(table.get(), attribute);
      if (!schema.isEmpty()) {
        report.report(Message.TABLE_IN_OTHER_SCHEMA, type, table.get(),
            annotations.value(table.get(), attribute), attribute, schema, type.getSimpleName(),
            tableName(type), schema, attribute, schema);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * The attribute that names the table, if one does: {@code @Table(name)}, else
   * {@code @Entity(name)}.
   */
  private Optional<EntityDeclaration.NameAttribute> tableNamedBy(TypeElement type) {
    for (AnnotationName annotation : List.of(TABLE, ENTITY)) {
      Optional<AnnotationMirror> mirror = Annotations.find(type, annotation);
      if (mirror.isPresent() && !annotations.string(mirror.get(), "name").isEmpty()) {
        return Optional.of(new EntityDeclaration.NameAttribute(
            mirror.get(), annotations.value(mirror.get(), "name")));
      }
    }
    return Optional.empty();
  }

  /** The table's physical name: {@code @Table(name)}, else the entity name, named by the strategy. */
  private String tableName(TypeElement type) {
    return naming.apply(logicalTableName(type));
  }

  /** The table's name before the naming strategy: {@code @Table(name)}, else the entity name. */
  private String logicalTableName(TypeElement type) {
    Optional<AnnotationMirror> table = Annotations.find(type, TABLE);
    if (table.isPresent() && !annotations.string(table.get(), "name").isEmpty()) {
      return annotations.string(table.get(), "name");
    }
    return entityName(type);
  }

  /** JPA's entity name: {@code @Entity(name)}, else the class's simple name. */
  private String entityName(TypeElement type) {
    String name = annotations.string(Annotations.find(type, ENTITY).orElseThrow(), "name");
    return name.isEmpty() ? type.getSimpleName().toString() : name;
  }

  private Optional<Sequence> keySequence(TypeElement type, List<FieldDeclaration> fields) {
    return fields.stream().filter(FieldDeclaration::id).findFirst()
        .flatMap(key -> columns.keySequence(key.element(), type, logicalTableName(type)));
  }

  /** A table's {@code @RenamedFrom}, its previous name as physical as the table's own. */
  private RenameDeclaration physical(RenameDeclaration rename) {
    return new RenameDeclaration(rename.mirror(), rename.valueAttribute(),
        naming.apply(rename.previousName()), rename.acknowledged());
  }

  /** Fields of the entity and of its {@code @MappedSuperclass} ancestors, ancestors first. */
  private static List<VariableElement> mappedFields(TypeElement type) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement current = type; current != null; current = superclass(current)) {
      if (current == type || Annotations.has(current, MAPPED_SUPERCLASS)) {
        chain.push(current);
      }
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement owner : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)
            || field.getModifiers().contains(Modifier.TRANSIENT)
            || Annotations.has(field, TRANSIENT)) {
          continue;
        }
        fields.add(field);
      }
    }
    return fields;
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) superclass).asElement()
        : null;
  }

  /**
   * A field Accordion does not turn into DDL yet ({@code what} says why) is left out with a
   * warning, so adding the processor never breaks a build by itself; one that Accordion's own
   * annotations would change is an error. Returns whether reading may go on.
   */
  private boolean reportNotYetMapped(TypeElement entity, VariableElement field, String what) {
    for (AnnotationName transition : AnnotationName.FIELD_TRANSITIONS) {
      Optional<AnnotationMirror> mirror = Annotations.find(field, transition);
      if (mirror.isPresent()) {
        report.report(Message.UNSUPPORTED_TYPE, field, mirror.get(), field.getSimpleName(), what,
            transition.simpleName(), transition.simpleName());
        return false;
      }
    }
    report.report(Message.NOT_YET_MAPPED, field, field.getSimpleName(), entity.getSimpleName(),
        what);
    return true;
  }

  /**
   * What keeps a join column from being mapped: a target that is no entity, or whose key is not
   * one column of a basic type; empty when it can be.
   */
  private Optional<String> joinProblem(VariableElement field) {
    TypeElement target = target(field);
    String association = Annotations.has(field, AnnotationName.MANY_TO_ONE)
        ? "@ManyToOne" : "@OneToOne";
    if (!isEntity(target)) {
      return Optional.of(association + " to " + target.getSimpleName() + ", which is no @Entity");
    }
    List<VariableElement> keys = keyFields(target);
    if (keys.size() != 1 || columns.notYetMapped(keys.get(0)).isPresent()) {
      return Optional.of(association + " to " + target.getSimpleName()
          + ", whose key is not one column");
    }
    if (AnnotationName.FIELD_TRANSITIONS.stream().anyMatch(a -> Annotations.has(field, a))) {
      return Optional.of(association);
    }
    return Optional.empty();
  }

  /** A join column: the foreign key to the target entity's key, which {@link #joinProblem} found. */
  private Optional<FieldDeclaration> readJoin(VariableElement field) {
    TypeElement target = target(field);
    return Optional.of(new FieldDeclaration(field, columns.joinColumn(field,
        keyFields(target).get(0), tableName(target)), false, Optional.empty(), Optional.empty(),
        Optional.empty()));
  }

  /** The class an association field points at. */
  private static TypeElement target(VariableElement field) {
    return (TypeElement) ((DeclaredType) field.asType()).asElement();
  }

  /** The {@code @Id} fields of {@code entity}, its mapped superclasses' included. */
  private static List<VariableElement> keyFields(TypeElement entity) {
    return mappedFields(entity).stream().filter(f -> Annotations.has(f, ID)).toList();
  }

  private Optional<FieldDeclaration> readField(TypeElement entity, VariableElement field) {
    return columns.column(field).map(column ->
        new FieldDeclaration(
            field,
            column,
            Annotations.has(field, ID),
            transitions.expand(entity, field),
            transitions.contract(field),
            transitions.rename(field)));
  }


}
