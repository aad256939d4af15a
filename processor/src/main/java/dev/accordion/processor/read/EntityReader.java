package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.COLUMN;
import static dev.accordion.processor.read.AnnotationName.ENTITY;
import static dev.accordion.processor.read.AnnotationName.ID;
import static dev.accordion.processor.read.AnnotationName.MAPPED_SUPERCLASS;
import static dev.accordion.processor.read.AnnotationName.TABLE;
import static dev.accordion.processor.read.AnnotationName.TRANSIENT;

import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an {@code @Entity} class into the declarations of the tables it maps, as Hibernate 7
 * maps them: its own table (named by the entity and the {@link PhysicalNaming} strategy; with its
 * subclasses' columns or as a subclass's table of its own, by {@link Hierarchies}) and a table per
 * collection ({@link CollectionTables}). Each field's column is {@link ColumnMapping}'s (an
 * embedded value's, {@link EmbeddedValues}'), as the Bean Validation constraints Hibernate applies
 * leave it ({@link BeanValidation}), its Accordion annotations {@link TransitionAnnotations}'. A
 * mapping Accordion does not turn into DDL yet is a warning and left out; what neither SQL nor
 * Hibernate can take (a name that needs quoting, another schema, no key) is an error.
 */
public final class EntityReader {

  private final Annotations annotations;
  private final PhysicalNaming naming;
  private final EntityTypes entityTypes;
  private final ColumnMapping columns;
  private final TableIndexes tableIndexes;
  private final EmbeddedValues embeddedValues;
  private final CompositeJoins compositeJoins;
  private final CollectionTables collections;
  private final OneToManyJoinColumns oneToManyJoinColumns;
  private final ReferencedColumns referencedColumns;
  private final Hierarchies hierarchies;
  private final TransitionAnnotations transitions;
  private final BeanValidation validation;
  /**
   * The mappings left out of the table being read, {@code Entity.field (what)}, for its
   * declaration; reading one entity at a time, the reader starts it anew for each.
   */
  private final List<String> leftOut = new ArrayList<>();
  /** The entities of the compile, which the entity being read may point at or be extended by. */
  private List<TypeElement> round = List.of();
  /** What reading found wrong with the declarations, in the order found. */
  private final ValidationReport.Builder report = ValidationReport.builder();

  /**
   * {@code beanValidation}: whether Hibernate applies Bean Validation constraints to the schema
   * ({@link ValidationMode#appliesToDdl}).
   */
  /**
   * @param autoAppliedConverters the {@code @Converter(autoApply = true)} classes of the compile,
   *     which convert every attribute of their type that does not say otherwise
   */
  public EntityReader(Elements elements, Types types, PhysicalNaming naming,
      boolean beanValidation, List<TypeElement> autoAppliedConverters) {
    this.annotations = new Annotations(elements);
    this.naming = naming;
    this.entityTypes = new EntityTypes(annotations, naming);
    this.columns =
        new ColumnMapping(annotations, types, naming, report, autoAppliedConverters);
    this.tableIndexes = new TableIndexes(annotations, naming, report);
    this.embeddedValues = new EmbeddedValues(annotations);
    this.compositeJoins = new CompositeJoins(annotations, columns, embeddedValues);
    this.collections =
        new CollectionTables(annotations, naming, entityTypes, columns, embeddedValues,
            compositeJoins);
    this.referencedColumns = new ReferencedColumns(entityTypes, columns);
    this.oneToManyJoinColumns = new OneToManyJoinColumns(annotations, entityTypes, columns,
        (owner, field) -> collections.notYetMapped(owner, field)
            .or(() -> tablePerClassProblem(owner, field)).isEmpty());
    this.hierarchies = new Hierarchies(annotations, naming, entityTypes, columns);
    this.transitions = new TransitionAnnotations(annotations, elements, types);
    this.validation = new BeanValidation(annotations, beanValidation);
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

  /**
   * The entity's declaration, then those of the tables its collections are kept in; empty when
   * an error was reported for it.
   */
  public List<EntityDeclaration> read(TypeElement type, List<TypeElement> round) {
    this.round = round;
    Optional<ExecutableElement> keyGetter = EntityTypes.keyGetter(type);
    if (keyGetter.isPresent() && EntityTypes.keyFields(type).isEmpty()) {
      report.report(Message.PROPERTY_ACCESS_NOT_YET_MAPPED, keyGetter.get(),
          type.getSimpleName(), Annotations.has(keyGetter.get(), ID) ? "Id" : "EmbeddedId",
          keyGetter.get().getSimpleName());
      return List.of();
    }
    if (!inDefaultSchema(type)) {
      return List.of();
    }
    Optional<Hierarchies.Shape> shape = hierarchies.shape(type, round);
    if (shape.isEmpty()) {
      return List.of();
    }
    boolean ok = true;
    leftOut.clear();
    List<FieldDeclaration> fields = new ArrayList<>();
    shape.get().joinedKey().ifPresent(key -> fields.add(new FieldDeclaration(key.rootKey(),
        key.column(), true, Optional.empty(), Optional.empty(), Optional.empty())));
    List<EntityDeclaration> collectionTables = new ArrayList<>();
    for (TypeElement ancestor : shape.get().copied()) {
      for (VariableElement field : EntityTypes.mappedFields(ancestor)) {
        Optional<List<FieldDeclaration>> declared = declare(type, field, collectionTables, false);
        ok &= declared.isPresent();
        declared.ifPresent(fields::addAll);
      }
    }
    for (VariableElement field : EntityTypes.mappedFields(type)) {
      Optional<List<FieldDeclaration>> declared = declare(type, field, collectionTables, false);
      ok &= declared.isPresent();
      declared.ifPresent(fields::addAll);
    }
    for (TypeElement subclass : shape.get().merged()) {
      for (VariableElement field : EntityTypes.mappedFields(subclass)) {
        Optional<List<FieldDeclaration>> declared =
            declare(subclass, field, collectionTables, true);
        ok &= declared.isPresent();
        declared.ifPresent(fields::addAll);
      }
    }
    List<TypeElement> holders = new ArrayList<>(List.of(type));
    holders.addAll(shape.get().merged());
    fields.addAll(oneToManyJoinColumns.onTableOf(holders, round, fields));
    Set<String> referenced = referencedColumns.of(type, round);
    fields.replaceAll(f -> referenced.contains(f.column().name()) && !f.id() ? f.unique() : f);
    List<VariableElement> rootKeys = EntityTypes.keyFields(type);
    if (shape.get().discriminator().isPresent() && !rootKeys.isEmpty()) {
      fields.add(new FieldDeclaration(rootKeys.get(0), shape.get().discriminator().get(), false,
          Optional.empty(), Optional.empty(), Optional.empty()));
    }
    if ((shape.get().inHierarchy() || EntityTypes.parentEntity(type).isPresent())
        && hasTransition(type, fields)) {
      report.report(Message.ENTITY_INHERITANCE, type, type.getSimpleName(),
          EntityTypes.root(type).getSimpleName());
      return List.of();
    }
    ok &= eachColumnOnce(fields, entityTypes.tableName(type));
    for (EntityDeclaration collection : collectionTables) {
      ok &= eachColumnOnce(collection.fields(), collection.tableName());
      ok &= checkName("Table", collection.tableName(), collection.collection().orElseThrow(),
          null);
      for (FieldDeclaration field : collection.fields()) {
        ok &= checkName("Column", field.column().name(), field.element(), null);
      }
    }
    long keys = fields.stream().filter(FieldDeclaration::id).count();
    if (ok && keys == 0) {
      report.report(Message.NO_PRIMARY_KEY, type, type.getSimpleName());
      ok = false;
    } else if (keys > 1 && hasTransition(type, fields)) {
      report.report(Message.COMPOSITE_KEY, type, type.getSimpleName(), fields.stream()
          .filter(FieldDeclaration::id).map(f -> f.column().name()).toList());
      ok = false;
    }
    AnnotationMirror tableAnnotation =
        Annotations.find(type, TABLE).or(() -> Annotations.find(type, ENTITY)).orElseThrow();
    ok &= checkName("Table", entityTypes.tableName(type), type, tableAnnotation);
    for (FieldDeclaration field : fields) {
      ok &= checkName("Column", field.column().name(), field.element(),
          Annotations.find(field.element(), COLUMN).orElse(null));
    }
    ok &= tableIndexes.check(type, fields, tableAnnotation);
    List<Index> indexes = new ArrayList<>(tableIndexes.read(type, entityTypes.tableName(type)));
    indexes.addAll(compositeJoins.uniqueKeys(entityTypes.tableName(type), fields));
    for (Index index : indexes) {
      ok &= checkName("Index", index.name(), type, tableAnnotation);
      for (String column : index.columns()) {
        ok &= checkName("Index column", column, type, tableAnnotation);
      }
    }
    if (!ok) {
      return List.of();
    }
    List<EntityDeclaration> declarations = new ArrayList<>();
    declarations.add(new EntityDeclaration(type, Optional.empty(), entityTypes.tableName(type),
        tableNamedBy(type), shape.get().joinedKey().isPresent() ? Optional.empty()
            : keySequence(type, fields), transitions.rename(type).map(this::physical),
        transitions.expand(type, type), transitions.contract(type), List.copyOf(fields),
        List.copyOf(indexes), List.copyOf(leftOut)));
    declarations.addAll(collectionTables);
    keyGeneratorTable(type, fields).ifPresent(declarations::add);
    return List.copyOf(declarations);
  }

  /** Reports two fields that map one column of {@code table}; returns whether none do. */
  private boolean eachColumnOnce(List<FieldDeclaration> fields, String table) {
    Map<String, FieldDeclaration> byColumn = new HashMap<>();
    boolean ok = true;
    for (FieldDeclaration field : fields) {
      FieldDeclaration clash = byColumn.putIfAbsent(field.column().name(), field);
      if (clash != null) {
        report.report(Message.DUPLICATE_COLUMN, field.element(), clash.path(), field.path(),
            field.column().name(), table);
        ok = false;
      }
    }
    return ok;
  }

  /**
   * The fields {@code field} declares: none for the inverse side of an association, a mapping
   * Accordion leaves out (with a warning) or a collection (whose table it adds to
   * {@code collectionTables}), one per column of an embedded value; empty when an error was
   * reported. {@code inRootTable}: the field is a {@code SINGLE_TABLE} subclass's, in its root's
   * table.
   */
  private Optional<List<FieldDeclaration>> declare(TypeElement type, VariableElement field,
      List<EntityDeclaration> collectionTables, boolean inRootTable) {
    if (columns.isInverseSide(field)) {
      return Optional.of(List.of());
    }
    Optional<VariableElement> derivedKey = EntityTypes.keyDerivedFrom(type, annotations);
    if (derivedKey.isPresent() && Annotations.has(field, ID)) {
      return Optional.of(List.of()); // its @MapsId association's join column is the key
    }
    if (CollectionTables.isCollection(field)) {
      Optional<String> notYetMapped = collections.notYetMapped(type, field)
          .or(() -> CollectionTables.hasTable(field) ? Optional.empty()
              : tablePerClassProblem(type, field))
          .or(() -> hasTransition(field) ? collections.whyNoTransition(type, field)
              : Optional.empty());
      if (notYetMapped.isPresent()) {
        return reportNotYetMapped(type, field, notYetMapped.get())
            ? Optional.of(List.of()) : Optional.empty();
      }
      if (CollectionTables.hasTable(field)) {
        // Inherited in a TABLE_PER_CLASS hierarchy, the collection is its declaring entity's:
        // one table, which each concrete class declares alike (AccordionProcessor keeps one).
        TypeElement owner = field.getEnclosingElement() instanceof TypeElement declaring
            && isEntity(declaring) ? declaring : type;
        collectionTables.add(withoutKeysToSeveralTables(collections.declare(owner, field,
            transitions.joinExpand(type, field), transitions.joinContract(type, field)),
            owner, field));
      }
      return Optional.of(List.of());
    }
    if (EmbeddedValues.embeds(field)) {
      return embedded(type, field, inRootTable);
    }
    if (compositeJoins.isCompositeJoin(field)) {
      return compositeJoin(type, field, inRootTable);
    }
    boolean join = columns.isSingleJoinColumn(field);
    Optional<String> notYetMapped = columns.notYetMapped(field)
        .or(() -> join ? joinProblem(field) : Optional.empty())
        .or(() -> (columns.converted(field).isPresent()
            || columns.autoConverted(field).isPresent()) && hasTransition(field)
            ? Optional.of("@Convert") : Optional.empty());
    if (notYetMapped.isPresent()) {
      return reportNotYetMapped(type, field, notYetMapped.get())
          ? Optional.of(List.of()) : Optional.empty();
    }
    return (join ? readJoin(type, field) : readField(type, field))
        .map(declared -> List.of(declared.withColumn(validation.property(type, field,
            shared(field, declared.column(), inRootTable), !inRootTable))));
  }

  /**
   * {@code column} as a table shared with other classes holds it ({@code inRootTable}): their
   * rows leave a subclass's columns NULL, so Hibernate relaxes the NOT NULL of a primitive and
   * keeps one declared with {@code nullable = false}.
   */
  private Column shared(VariableElement field, Column column, boolean inRootTable) {
    return inRootTable && !columns.declaredNotNull(field) ? column.allowingNull() : column;
  }

  /**
   * The columns of an embedded value, one field each; a member Accordion does not map yet is
   * left out with a warning. A transition on the embedding field is refused: its columns would
   * move together, which no transition describes yet.
   */
  private Optional<List<FieldDeclaration>> embedded(TypeElement type, VariableElement field,
      boolean inRootTable) {
    Optional<TypeElement> embeddable = EmbeddedValues.embeddable(field);
    if (embeddable.isEmpty()) {
      return reportNotYetMapped(type, field, "@Embedded of " + field.asType()
          + ", which is no @Embeddable") ? Optional.of(List.of()) : Optional.empty();
    }
    if (hasTransition(field)) {
      reportNotYetMapped(type, field, "an embedded " + embeddable.get().getSimpleName());
      return Optional.empty();
    }
    List<FieldDeclaration> declared = new ArrayList<>();
    boolean ok = true;
    // A part of the key a @MapsId("part") association maps is that association's join column.
    java.util.Set<VariableElement> mappedByAssociations =
        columns.keyPartsMappedByAssociations(type);
    for (ColumnMapping.Attribute attribute : embeddedValues.attributes(field)) {
      if (mappedByAssociations.contains(attribute.field())) {
        continue;
      }
      Optional<String> notYetMapped = columns.isSingleJoinColumn(attribute.field())
          ? Optional.of("an association inside an embedded value")
          : columns.notYetMapped(attribute.field());
      if (notYetMapped.isPresent()) {
        reportNotYetMapped(type, attribute.field(), notYetMapped.get());
        continue;
      }
      Optional<Column> column = columns.column(attribute)
          .map(c -> validation.member(attribute, shared(attribute.field(), c, inRootTable)));
      ok &= column.isPresent();
      column.ifPresent(c -> declared.add(new FieldDeclaration(attribute.field(), c,
          attribute.key(), Optional.empty(), Optional.empty(), Optional.empty())));
    }
    return ok ? Optional.of(declared) : Optional.empty();
  }

  /**
   * The join columns of a {@code @ManyToOne} to a key of several columns, one field each. A
   * transition on it is refused: its columns would move together, which no transition
   * describes yet.
   */
  private Optional<List<FieldDeclaration>> compositeJoin(TypeElement type, VariableElement field,
      boolean inRootTable) {
    TypeElement target = EntityTypes.target(field);
    Optional<String> problem = compositeJoins.problem(field)
        .or(() -> entityTypes.otherSchema(target).map(other -> "a join to "
            + target.getSimpleName() + ", whose table is in " + other + ", which Accordion"
            + " leaves out"))
        .or(() -> hierarchies.rowsInSeveralTables(target, round)
            ? Optional.of("a join to " + target.getSimpleName()
                + ", whose rows are in several tables (TABLE_PER_CLASS)")
            : Optional.empty())
        .or(() -> hasTransition(field)
            ? Optional.of("a join on several columns (to " + target.getSimpleName() + ")")
            : Optional.empty());
    if (problem.isPresent()) {
      return reportNotYetMapped(type, field, problem.get())
          ? Optional.of(List.of()) : Optional.empty();
    }
    return Optional.of(compositeJoins.joinColumns(field, entityTypes.tableName(target)).stream()
        .map(column -> new FieldDeclaration(field, validation.property(type, field,
            shared(field, column, inRootTable), !inRootTable), false, Optional.empty(),
            Optional.empty(), Optional.empty()))
        .toList());
  }

  /** Whether the field carries one of Accordion's annotations. */
  private static boolean hasTransition(VariableElement field) {
    return AnnotationName.FIELD_TRANSITIONS.stream().anyMatch(a -> Annotations.has(field, a));
  }

  /** Whether the entity or one of its fields carries one of Accordion's annotations. */
  private static boolean hasTransition(TypeElement type, List<FieldDeclaration> fields) {
    return AnnotationName.FIELD_TRANSITIONS.stream().anyMatch(a -> Annotations.has(type, a))
        || fields.stream().anyMatch(f -> f.expand().isPresent() || f.contract().isPresent()
            || f.renamedFrom().isPresent());
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
   * Warns of a table Hibernate is told to find in another schema or catalog, which migrations
   * that create tables in their connection's schema would never create there; returns whether
   * the table is in the connection's schema.
   */
  private boolean inDefaultSchema(TypeElement type) {
    Optional<EntityTypes.OtherSchema> other = entityTypes.otherSchema(type);
    other.ifPresent(o -> report.report(Message.TABLE_IN_OTHER_SCHEMA, type, o.table(),
        annotations.value(o.table(), o.attribute()), o.attribute(), o.name(),
        type.getSimpleName(), entityTypes.tableName(type), o.name(), o.attribute(), o.name()));
    return other.isEmpty();
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

  /**
   * The table the entity's keys come from ({@code GenerationType.TABLE}), declared by its key
   * field; entities that share the table declare it alike, and the processor keeps one.
   */
  private Optional<EntityDeclaration> keyGeneratorTable(TypeElement type,
      List<FieldDeclaration> fields) {
    TypeElement root = EntityTypes.root(type);
    return fields.stream().filter(FieldDeclaration::id).findFirst()
        .flatMap(key -> columns.keyGeneratorTable(key.element(), root)
            .map(table -> new EntityDeclaration(type, Optional.of(key.element()), table.name(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(
                    new FieldDeclaration(key.element(), table.segment(), true, Optional.empty(),
                        Optional.empty(), Optional.empty()),
                    new FieldDeclaration(key.element(), table.value(), false, Optional.empty(),
                        Optional.empty(), Optional.empty())),
                List.of(), List.of())));
  }

  /** The sequence of the hierarchy's keys, named after its root (the entity, if in none). */
  private Optional<Sequence> keySequence(TypeElement type, List<FieldDeclaration> fields) {
    TypeElement root = EntityTypes.root(type);
    return fields.stream().filter(FieldDeclaration::id).findFirst()
        .flatMap(key -> columns.keySequence(key.element(), root, entityTypes.tableName(root)));
  }

  /** A table's {@code @RenamedFrom}, its previous name as physical as the table's own. */
  private RenameDeclaration physical(RenameDeclaration rename) {
    return new RenameDeclaration(rename.mirror(), rename.valueAttribute(),
        naming.table(rename.previousName()), rename.acknowledged());
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
    leftOut.add(entity.getSimpleName() + "." + field.getSimpleName() + " (" + what + ")");
    return true;
  }

  /**
   * What keeps a {@code @OneToMany}'s join column in or to a {@code TABLE_PER_CLASS} hierarchy
   * from being mapped: the rows of its owner or its target are in several tables.
   */
  private Optional<String> tablePerClassProblem(TypeElement type, VariableElement field) {
    if (hierarchies.inTablePerClass(type, round)) {
      return Optional.of("a @OneToMany join column of the TABLE_PER_CLASS hierarchy of "
          + EntityTypes.root(type).getSimpleName());
    }
    TypeElement target = EntityTypes.target(field);
    if (isEntity(target) && hierarchies.rowsInSeveralTables(target, round)) {
      return Optional.of("a @OneToMany join column to " + target.getSimpleName()
          + ", whose rows are in several tables (TABLE_PER_CLASS)");
    }
    return Optional.empty();
  }

  /**
   * The collection table {@code table} of {@code owner}'s {@code field} without the foreign keys
   * to its owner or its target where their rows are in several tables ({@code TABLE_PER_CLASS}
   * with subclasses): no one table to point at, as Hibernate leaves them.
   */
  private EntityDeclaration withoutKeysToSeveralTables(EntityDeclaration table, TypeElement owner,
      VariableElement field) {
    Set<String> severalTables = new HashSet<>();
    for (TypeElement end : List.of(owner, EntityTypes.target(field))) {
      if (isEntity(end) && hierarchies.rowsInSeveralTables(end, round)) {
        severalTables.add(entityTypes.tableName(end));
      }
    }
    if (severalTables.isEmpty()) {
      return table;
    }
    return new EntityDeclaration(table.type(), table.collection(), table.tableName(),
        table.tableNamedBy(), table.keySequence(), table.renamedFrom(), table.expand(),
        table.contract(), table.fields().stream().map(f -> f.column().references()
            .filter(r -> severalTables.contains(r.table()))
            .map(r -> f.withColumn(f.column().unreferenced())).orElse(f)).toList(),
        table.indexes(), table.leftOut());
  }

  /**
   * What keeps a join column from being mapped: a target that is no entity, or whose key is not
   * one column of a basic type; empty when it can be.
   */
  private Optional<String> joinProblem(VariableElement field) {
    TypeElement target = EntityTypes.target(field);
    String association = Annotations.has(field, AnnotationName.MANY_TO_ONE)
        ? "@ManyToOne" : "@OneToOne";
    if (!isEntity(target)) {
      return Optional.of(association + " to " + target.getSimpleName() + ", which is no @Entity");
    }
    if (!columns.hasOneColumnKey(target)) {
      return Optional.of(association + " to " + target.getSimpleName()
          + ", whose key is not one column");
    }
    Optional<EntityTypes.OtherSchema> other = entityTypes.otherSchema(target);
    if (other.isPresent()) {
      return Optional.of(association + " to " + target.getSimpleName() + ", whose table is in "
          + other.get() + ", which Accordion leaves out");
    }
    return Optional.empty();
  }

  /**
   * A join column: the foreign key to the target entity's key, which {@link #joinProblem} found;
   * with {@code @MapsId}, the entity's primary key.
   */
  private Optional<FieldDeclaration> readJoin(TypeElement entity, VariableElement field) {
    TypeElement target = EntityTypes.target(field);
    Column column = columns.joinColumn(field, columns.referencedColumn(field),
        entityTypes.tableName(target));
    if (hierarchies.rowsInSeveralTables(target, round)) {
      column = column.unreferenced(); // as Hibernate leaves it: no one table to point at
    }
    boolean key = Annotations.has(field, AnnotationName.MAPS_ID);
    return Optional.of(new FieldDeclaration(field, key ? column.asKey() : column, key,
        transitions.expand(entity, field), transitions.contract(field), transitions.rename(field)));
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
