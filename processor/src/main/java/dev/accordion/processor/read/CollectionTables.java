package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.COLLECTION_TABLE;
import static dev.accordion.processor.read.AnnotationName.ELEMENT_COLLECTION;
import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMNS;
import static dev.accordion.processor.read.AnnotationName.JOIN_TABLE;
import static dev.accordion.processor.read.AnnotationName.MANY_TO_MANY;
import static dev.accordion.processor.read.AnnotationName.ONE_TO_MANY;
import static dev.accordion.processor.read.AnnotationName.ORDER_COLUMN;
import static dev.accordion.processor.read.AnnotationName.RENAMED_FROM;

import dev.accordion.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The table Hibernate keeps a collection field in, declared as a table of its own that the
 * entity owns: the join table of an owning {@code @ManyToMany} or of a {@code @OneToMany}
 * without a join column, and the collection table of an {@code @ElementCollection} of basic
 * values or embeddables.
 *
 * <p>Names as Hibernate 7 gives them when the mapping leaves them out: a join table is the
 * owning table and the target table (Spring: the owning table and the attribute), by their
 * logical names, which the naming strategy then spells as a table's; a collection
 * table the entity name and the attribute; the owner's column is the attribute of the other
 * side that maps the association back, else the entity name, then its key column; the target's
 * column the attribute and the target's key column. Both are NOT NULL with foreign keys, and a
 * {@code @OneToMany}'s target column is unique. A {@code Set} whose element columns are all NOT
 * NULL has all its columns as primary key, and so has a {@code Map} keyed by an attribute of its
 * target entity ({@code @MapKey}); a {@code List} with an {@code @OrderColumn} has the owner's
 * column and the position, any other {@code Map} the owner's column and the key column
 * ({@code @MapKeyColumn}, else {@code <attribute>_KEY}); any other collection has none.
 */
final class CollectionTables {

  private static final Set<String> COLLECTIONS = Set.of("java.util.Collection", "java.util.List",
      "java.util.Set", "java.util.SortedSet");
  private static final Set<String> SETS = Set.of("java.util.Set", "java.util.SortedSet");
  private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.SortedMap");

  private final Annotations annotations;
  private final PhysicalNaming naming;
  private final EntityTypes types;
  private final ColumnMapping columns;
  private final EmbeddedValues embeddedValues;
  private final CompositeJoins keys;

  CollectionTables(Annotations annotations, PhysicalNaming naming, EntityTypes types,
      ColumnMapping columns, EmbeddedValues embeddedValues, CompositeJoins keys) {
    this.annotations = annotations;
    this.naming = naming;
    this.types = types;
    this.columns = columns;
    this.embeddedValues = embeddedValues;
    this.keys = keys;
  }

  /** Whether Hibernate keeps the field, not the inverse side of an association, in a table. */
  static boolean isCollection(VariableElement field) {
    return Annotations.has(field, MANY_TO_MANY) || Annotations.has(field, ONE_TO_MANY)
        || Annotations.has(field, ELEMENT_COLLECTION);
  }

  /** What keeps the field's table from being declared, e.g. {@code @OrderColumn}; empty if none. */
  Optional<String> notYetMapped(TypeElement owner, VariableElement field) {
    String kind = "@" + (Annotations.has(field, MANY_TO_MANY) ? MANY_TO_MANY
        : Annotations.has(field, ONE_TO_MANY) ? ONE_TO_MANY : ELEMENT_COLLECTION).simpleName();
    Optional<TypeMirror> element = elementType(field);
    if (element.isEmpty()) {
      return Optional.of(kind + " of type " + field.asType()
          + ", which is no Collection, List, Set or Map");
    }
    Optional<String> key = mapKeyNotYetMapped(field);
    if (key.isPresent()) {
      return Optional.of(kind + " of a Map " + key.get());
    }
    if (Annotations.has(field, ORDER_COLUMN) && isSet(field)) {
      return Optional.of(kind + " with @" + ORDER_COLUMN.simpleName() + " on a Set");
    }
    List<ColumnMapping.KeyColumn> ownerKey = keys.keyColumns(owner);
    if (ownerKey.isEmpty()) {
      return Optional.of(kind + " on " + owner.getSimpleName()
          + ", whose key is no column Accordion maps");
    }
    if (ownerKey.size() > 1 && (OneToManyJoinColumns.isJoinColumnOneToMany(field)
        || namesJoinColumns(field, COLLECTION_TABLE, "joinColumns")
        || namesJoinColumns(field, JOIN_TABLE, "joinColumns"))) {
      return Optional.of(kind + " on " + owner.getSimpleName() + ", whose key is several"
          + " columns, with join columns of its own");
    }
    TypeElement target = EntityTypes.target(field);
    if (Annotations.has(field, ELEMENT_COLLECTION)) {
      if (Annotations.has(target, AnnotationName.EMBEDDABLE)) {
        return embeddedValues.attributes(field, target).stream()
            .filter(a -> columns.isSingleJoinColumn(a.field())
                || columns.notYetMapped(a.field()).isPresent())
            .findFirst()
            .map(a -> kind + " of " + target.getSimpleName() + ", whose field '"
                + a.field().getSimpleName() + "' is no basic value");
      }
      return columns.elementColumn(field, element.get()).isPresent() ? Optional.empty()
          : Optional.of(kind + " of " + element.get());
    }
    List<ColumnMapping.KeyColumn> targetKey =
        EntityReader.isEntity(target) ? keys.keyColumns(target) : List.of();
    if (targetKey.isEmpty()) {
      return Optional.of(kind + " to " + target.getSimpleName()
          + ", which is no entity with a key Accordion maps");
    }
    boolean uniqueTargets = hasTable(field) && Annotations.has(field, ONE_TO_MANY);
    if (targetKey.size() > 1 && (uniqueTargets
        || namesJoinColumns(field, JOIN_TABLE, "inverseJoinColumns"))) {
      return Optional.of(kind + " to " + target.getSimpleName() + ", whose key is several"
          + " columns, " + (uniqueTargets ? "unique together in the join table"
              : "with join columns of its own"));
    }
    Optional<EntityTypes.OtherSchema> other = types.otherSchema(target);
    if (other.isPresent()) {
      return Optional.of(kind + " to " + target.getSimpleName() + ", whose table is in "
          + other.get() + ", which Accordion leaves out");
    }
    if (OneToManyJoinColumns.isJoinColumnOneToMany(field)) {
      boolean plain = !Annotations.has(field, JOIN_COLUMNS)
          && columns.referencedColumnName(field).isEmpty();
      return plain ? Optional.empty()
          : Optional.of(kind + " with several join columns or a referencedColumnName");
    }
    Optional<AnnotationMirror> joinTable = Annotations.find(field, JOIN_TABLE);
    if (joinTable.isPresent() && (!plainJoinColumns(joinTable.get(), "joinColumns")
        || !plainJoinColumns(joinTable.get(), "inverseJoinColumns"))) {
      return Optional.of(kind + " whose @JoinTable has several join columns or a"
          + " referencedColumnName");
    }
    return Optional.empty();
  }

  /**
   * What keeps a {@code Map} field's key from being declared, e.g. {@code @MapKeyJoinColumn}:
   * Accordion maps a key column of a basic type ({@code @MapKeyColumn}, {@code
   * @MapKeyEnumerated}), or an association's {@code @MapKey}, which is a column of the target.
   */
  private Optional<String> mapKeyNotYetMapped(VariableElement field) {
    if (!isMap(field)) {
      return Optional.empty();
    }
    for (AnnotationName annotation : List.of(AnnotationName.MAP_KEY_JOIN_COLUMN,
        AnnotationName.MAP_KEY_JOIN_COLUMNS, AnnotationName.MAP_KEY_CLASS, ORDER_COLUMN)) {
      if (Annotations.has(field, annotation)) {
        return Optional.of("with @" + annotation.simpleName());
      }
    }
    if (Annotations.has(field, AnnotationName.MAP_KEY)) {
      return Annotations.has(field, ELEMENT_COLLECTION)
          ? Optional.of("with @MapKey, which names an attribute of an entity") : Optional.empty();
    }
    TypeMirror key = mapKeyType(field);
    return columns.mapKeyColumn(field, key).isPresent() ? Optional.empty()
        : Optional.of("whose key is a " + key + ", not a basic value");
  }

  /**
   * Whether Hibernate keeps the field in a table of its own: not a {@code @OneToMany} whose join
   * column is on the target's table ({@link OneToManyJoinColumns}).
   */
  static boolean hasTable(VariableElement field) {
    return !OneToManyJoinColumns.isJoinColumnOneToMany(field);
  }

  /**
   * Why Accordion's annotations cannot be on the field; empty for an owning {@code @ManyToMany}
   * of a {@code Set}, whose join table a link of its entity fills ({@code @Expand}) and then
   * replaces ({@code @Contract}): its key is the pair that the link's backfill and triggers write
   * once each.
   */
  Optional<String> whyNoTransition(TypeElement owner, VariableElement field) {
    for (TypeElement end : List.of(owner, EntityTypes.target(field))) {
      if (EntityReader.isEntity(end) && keys.keyColumns(end).size() > 1) {
        return Optional.of("a join table of " + end.getSimpleName() + ", whose key is several"
            + " columns");
      }
    }
    if (!Annotations.has(field, MANY_TO_MANY) || Annotations.has(field, RENAMED_FROM)) {
      return Optional.of("a collection");
    }
    return isSet(field) ? Optional.empty()
        : Optional.of("a @ManyToMany " + qualifiedName((DeclaredType) field.asType())
            + ", whose join table has no key on the pair a link fills (a Set's has)");
  }

  /**
   * The table the field is kept in; {@link #notYetMapped} found nothing. The target's column
   * carries the field's {@code expand} and {@code contract}: a link of the owner fills it.
   */
  EntityDeclaration declare(TypeElement owner, VariableElement field,
      Optional<ExpandDeclaration> expand, Optional<ContractDeclaration> contract) {
    String attribute = field.getSimpleName().toString();
    List<ColumnMapping.KeyColumn> ownerKey = keys.keyColumns(owner);
    String ownerTable = types.tableName(owner);
    TypeElement target = EntityTypes.target(field);
    List<Column> values = new ArrayList<>();
    String table;
    String ownerPrefix;
    if (Annotations.has(field, ELEMENT_COLLECTION)) {
      Optional<AnnotationMirror> collectionTable = Annotations.find(field, COLLECTION_TABLE);
      table = collectionTable.map(t -> annotations.string(t, "name")).filter(n -> !n.isEmpty())
          .orElse(types.entityName(owner) + "_" + attribute);
      ownerPrefix = types.entityName(owner);
      if (Annotations.has(target, AnnotationName.EMBEDDABLE)) {
        embeddedValues.attributes(field, target)
            .forEach(a -> values.add(columns.column(a).orElseThrow()));
      } else {
        values.add(columns.elementColumn(field, elementType(field).orElseThrow()).orElseThrow());
      }
    } else {
      Optional<AnnotationMirror> joinTable = Annotations.find(field, JOIN_TABLE);
      table = joinTable.map(t -> annotations.string(t, "name")).filter(n -> !n.isEmpty())
          .orElse(naming.implicitJoinTable(types.logicalTableName(owner),
              types.logicalTableName(target), attribute));
      ownerPrefix = mappedBack(owner, field, target).orElse(types.entityName(owner));
      Optional<String> targetColumn =
          joinTable.flatMap(t -> joinColumnName(t, "inverseJoinColumns"));
      values.addAll(targetColumn.isPresent()
          ? List.of(columns.reference(targetColumn.get(), attribute, keys.keyColumns(target).get(0),
              types.tableName(target), false, Annotations.has(field, ONE_TO_MANY)))
          : keys.keyReferences(attribute, attribute, keys.keyColumns(target),
              types.tableName(target), Annotations.has(field, ONE_TO_MANY)));
    }
    Optional<AnnotationMirror> namingTable = Annotations.find(field, COLLECTION_TABLE)
        .or(() -> Annotations.find(field, JOIN_TABLE));
    Optional<String> ownerColumn =
        namingTable.flatMap(t -> joinColumnName(t, "joinColumns"));
    List<Column> ownerColumns = ownerColumn.isPresent()
        ? List.of(columns.reference(ownerColumn.get(), attribute, ownerKey.get(0), ownerTable,
            false, false))
        : keys.keyReferences(ownerPrefix, attribute, ownerKey, ownerTable, false);
    List<FieldDeclaration> fields = new ArrayList<>();
    // A List's position or a Map's key: with the owner's column, the primary key.
    Optional<Column> index = columns.orderColumn(field, false).or(() -> mapKeyColumn(field));
    // A Set's rows, and a Map's whose key is a column of the target (@MapKey), are each pair once.
    boolean keyed = (isSet(field) || (isMap(field) && Annotations.has(field, AnnotationName.MAP_KEY)))
        && values.stream().noneMatch(Column::nullable);
    ownerColumns.forEach(column -> fields.add(declared(field, column, keyed || index.isPresent())));
    index.ifPresent(column -> fields.add(declared(field, column, true)));
    values.forEach(value -> fields.add(
        new FieldDeclaration(field, value, keyed, expand, contract, Optional.empty())));
    return new EntityDeclaration(owner, Optional.of(field), naming.table(table), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.copyOf(fields),
        List.of(), List.of());
  }

  /**
   * The key column of a {@code Map} field ({@link ColumnMapping#mapKeyColumn}), which with the
   * owner's column is the table's primary key; none for an association's {@code @MapKey}, whose
   * key is a column of the target.
   */
  private Optional<Column> mapKeyColumn(VariableElement field) {
    if (!isMap(field) || Annotations.has(field, AnnotationName.MAP_KEY)) {
      return Optional.empty();
    }
    return columns.mapKeyColumn(field, mapKeyType(field));
  }

  /** The key type of a {@code Map} field. */
  static TypeMirror mapKeyType(VariableElement field) {
    return ((DeclaredType) field.asType()).getTypeArguments().get(0);
  }

  private static FieldDeclaration declared(VariableElement field, Column column, boolean key) {
    return new FieldDeclaration(field, column, key, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * The field of {@code target} that maps the association back ({@code mappedBy} naming
   * {@code field}), whose name Hibernate gives the owner's join column.
   */
  private Optional<String> mappedBack(TypeElement owner, VariableElement field,
      TypeElement target) {
    for (VariableElement other : EntityTypes.mappedFields(target)) {
      Optional<AnnotationMirror> association = Annotations.find(other, MANY_TO_MANY);
      if (association.isPresent()
          && annotations.string(association.get(), "mappedBy").contentEquals(field.getSimpleName())
          && EntityTypes.target(other).equals(owner)) {
        return Optional.of(other.getSimpleName().toString());
      }
    }
    return Optional.empty();
  }

  /** Whether the field's {@code table} annotation names any of its {@code attribute} columns. */
  private boolean namesJoinColumns(VariableElement field, AnnotationName table, String attribute) {
    return Annotations.find(field, table)
        .filter(t -> !annotations.list(t, attribute).isEmpty()).isPresent();
  }

  /** The name the first of a join table's {@code attribute} join columns gives, if any. */
  private Optional<String> joinColumnName(AnnotationMirror table, String attribute) {
    return annotations.list(table, attribute).stream()
        .map(value -> annotations.string((AnnotationMirror) value.getValue(), "name"))
        .filter(name -> !name.isEmpty())
        .findFirst();
  }

  /** Whether {@code attribute} lists at most one join column, pointing at the key. */
  private boolean plainJoinColumns(AnnotationMirror table, String attribute) {
    var joinColumns = annotations.list(table, attribute);
    return joinColumns.size() <= 1 && joinColumns.stream().allMatch(value -> annotations
        .string((AnnotationMirror) value.getValue(), "referencedColumnName").isEmpty());
  }

  /**
   * The element type of a {@code Collection}, {@code List} or {@code Set} field, or the value
   * type of a {@code Map}.
   */
  private static Optional<TypeMirror> elementType(VariableElement field) {
    if (!(field.asType() instanceof DeclaredType type)) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    boolean map = MAPS.contains(qualifiedName(type));
    if (arguments.size() != (map ? 2 : 1) || (!map && !COLLECTIONS.contains(qualifiedName(type)))
        || arguments.get(arguments.size() - 1).getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    return Optional.of(arguments.get(arguments.size() - 1));
  }

  static boolean isMap(VariableElement field) {
    return field.asType() instanceof DeclaredType type && MAPS.contains(qualifiedName(type));
  }

  private static boolean isSet(VariableElement field) {
    return SETS.contains(qualifiedName((DeclaredType) field.asType()));
  }

  private static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
