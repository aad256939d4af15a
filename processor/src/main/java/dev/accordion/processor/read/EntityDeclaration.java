package dev.accordion.processor.read;

import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Sequence;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What one {@code @Entity} class declares, with the elements and annotations to point
 * diagnostics at. The read stage's output; resolving compares it with the snapshot. On the class,
 * {@code expand} and {@code contract} begin and finish a zero-downtime table rename.
 * {@code tableNamedBy} is the attribute that names the table ({@code @Table(name)}, else
 * {@code @Entity(name)}); empty when the table takes the class's name. {@code keySequence} is the
 * sequence Hibernate draws the keys from, if it draws them from one. {@code collection} is the
 * field of {@code type} whose join or collection table this declares, empty for the entity's
 * own table. {@code leftOut} names the mappings of its fields Accordion does not turn into DDL
 * yet, e.g. {@code Author.nicknames (@ElementCollection with @OrderColumn)}, for the migration that
 * creates the table to say. Only {@link EntityReader} makes one, with unmodifiable lists.
 */
public record EntityDeclaration(
    TypeElement type,
    Optional<VariableElement> collection,
    String tableName,
    Optional<NameAttribute> tableNamedBy,
    Optional<Sequence> keySequence,
    Optional<RenameDeclaration> renamedFrom,
    Optional<ExpandDeclaration> expand,
    Optional<ContractDeclaration> contract,
    List<FieldDeclaration> fields,
    List<Index> indexes,
    List<String> leftOut) {

  /**
   * Whether this declares the table of a collection field, or the key generator table of the
   * key field, rather than the entity's own.
   */
  public boolean isCollectionTable() {
    return collection.isPresent();
  }

  /**
   * Whether this declares the table the entity's keys come from ({@code GenerationType.TABLE}),
   * which other entities may share.
   */
  public boolean isKeyGeneratorTable() {
    return collection.filter(field -> Annotations.has(field, AnnotationName.ID)).isPresent();
  }

  /**
   * {@code entities} with each table that several entities declare alike declared once: a key
   * generator table they share, or the table of a collection each concrete class of a
   * {@code TABLE_PER_CLASS} hierarchy inherits (the same collection field of the same entity).
   * The first stays; one declared otherwise stays too, for {@code TableRules.mappedOnce} to
   * report.
   */
  public static List<EntityDeclaration> sharedTablesOnce(List<EntityDeclaration> entities) {
    List<EntityDeclaration> once = new java.util.ArrayList<>();
    for (EntityDeclaration entity : entities) {
      boolean repeated = once.stream().anyMatch(earlier -> earlier.declaresAlike(entity)
          && (bothKeyGeneratorTables(earlier, entity) || sameCollection(earlier, entity)));
      if (!repeated) {
        once.add(entity);
      }
    }
    return once;
  }

  /**
   * For a message: the annotation that names the columns of this collection field's table,
   * {@code @CollectionTable} for an {@code @ElementCollection}, else {@code @JoinTable}.
   */
  public String collectionTableAnnotation() {
    return collection.filter(field -> Annotations.has(field, AnnotationName.ELEMENT_COLLECTION))
        .isPresent() ? "@CollectionTable" : "@JoinTable";
  }

  /** Whether {@code other} declares the same table with the same columns. */
  private boolean declaresAlike(EntityDeclaration other) {
    return tableName.equals(other.tableName)
        && fields.stream().map(FieldDeclaration::column).toList()
            .equals(other.fields.stream().map(FieldDeclaration::column).toList());
  }

  private static boolean bothKeyGeneratorTables(EntityDeclaration a, EntityDeclaration b) {
    return a.isKeyGeneratorTable() && b.isKeyGeneratorTable();
  }

  /** The same collection field of the same entity, inherited by two concrete classes. */
  private static boolean sameCollection(EntityDeclaration a, EntityDeclaration b) {
    return a.isCollectionTable() && !a.isKeyGeneratorTable() && a.collection().equals(b.collection());
  }

  /** For a message: the entity, or the entity's collection field, e.g. {@code Author.tags}. */
  public String describe() {
    return "entity " + type.getSimpleName()
        + collection.map(field -> " (field " + field.getSimpleName() + ")").orElse("");
  }

  public String qualifiedName() {
    return type.getQualifiedName().toString();
  }

  public Optional<FieldDeclaration> fieldForColumn(String column) {
    return fields.stream().filter(f -> f.column().name().equals(column)).findFirst();
  }

  /**
   * The table a class-level {@code @Expand} or {@code @Contract} renames from: its {@code from},
   * else {@code @RenamedFrom}'s name; empty when neither names one.
   */
  public Optional<String> renamedTableSource() {
    List<String> from = expand.map(ExpandDeclaration::from)
        .or(() -> contract.map(ContractDeclaration::from)).orElse(List.of());
    if (!from.isEmpty()) {
      return Optional.of(from.get(0));
    }
    return renamedFrom.map(RenameDeclaration::previousName);
  }

  /** An annotation attribute that gives a name, to point a diagnostic at. */
  public record NameAttribute(AnnotationMirror annotation, AnnotationValue value) {}

  /** The primary key's fields, in the order of its columns ({@link KeyOrder}). */
  public List<FieldDeclaration> keys() {
    return fields.stream().filter(FieldDeclaration::id)
        .sorted(java.util.Comparator.comparing(FieldDeclaration::column, KeyOrder.HIBERNATE))
        .toList();
  }
}
