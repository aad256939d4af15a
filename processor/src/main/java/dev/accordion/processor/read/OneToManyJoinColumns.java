package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMN;
import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMNS;
import static dev.accordion.processor.read.AnnotationName.ONE_TO_MANY;

import dev.accordion.processor.model.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The column a {@code @OneToMany} with a {@code @JoinColumn} keeps on its target's table: the
 * owner's key, as the owner's entity table holds nothing of the association. Hibernate names it
 * {@code @JoinColumn(name)}, else the attribute and the owner's key column; it is nullable
 * (unless the join column says not), of the owner key's type, with a foreign key to the owner's
 * table. When the target maps that column itself (a read-only {@code @ManyToOne} with the same
 * join column, the bidirectional form) the table has it once. An {@code @OrderColumn} keeps the
 * positions there too, in a nullable column: a row of the target may belong to no list.
 *
 * <p>So a table's columns come from entities other than its own: reading a table asks which
 * owners of the round point at its entities, worked out once per round.
 */
final class OneToManyJoinColumns {

  private final Annotations annotations;
  private final EntityTypes types;
  private final ColumnMapping columns;
  /** Whether the reader maps an owner's field, which it warns of otherwise. */
  private final BiPredicate<TypeElement, VariableElement> mapped;
  /** The round {@link #byTarget} was worked out for, and its result. */
  private List<TypeElement> byTargetOf;
  private Map<TypeElement, List<Owner>> byTarget = Map.of();

  OneToManyJoinColumns(Annotations annotations, EntityTypes types, ColumnMapping columns,
      BiPredicate<TypeElement, VariableElement> mapped) {
    this.annotations = annotations;
    this.types = types;
    this.columns = columns;
    this.mapped = mapped;
  }

  /** A {@code @OneToMany} field with join columns, and the entity it is mapped for. */
  private record Owner(TypeElement entity, VariableElement field) {}

  /** Whether the field is a {@code @OneToMany} whose column lives on its target's table. */
  static boolean isJoinColumnOneToMany(VariableElement field) {
    return Annotations.has(field, ONE_TO_MANY)
        && (Annotations.has(field, JOIN_COLUMN) || Annotations.has(field, JOIN_COLUMNS));
  }

  /**
   * The join columns kept on the table of the entities {@code holders} (an entity and the
   * {@code SINGLE_TABLE} subclasses in its table) by the owners among {@code round}, in the
   * order of their owners' names and fields; none that {@code mapped} already names.
   */
  List<FieldDeclaration> onTableOf(List<TypeElement> holders, List<TypeElement> round,
      List<FieldDeclaration> mapped) {
    List<FieldDeclaration> declared = new ArrayList<>();
    for (TypeElement holder : holders) {
      for (Owner owner : byTarget(round).getOrDefault(holder, List.of())) {
        for (FieldDeclaration column : declare(owner)) {
          boolean named = mapped.stream().map(f -> f.column().name())
              .anyMatch(column.column().name()::equals);
          if (!named) {
            declared.add(column);
          }
        }
      }
    }
    return declared;
  }

  /**
   * The inverse side of a {@code @OneToMany} ({@code mappedBy}) that keeps a column on its
   * target's table all the same: a {@code List}'s {@code @OrderColumn}, or a {@code Map}'s key
   * column (not a {@code @MapKey}, which names an attribute of the target).
   */
  private boolean indexedInverse(VariableElement field) {
    return Annotations.find(field, ONE_TO_MANY)
        .filter(m -> !annotations.string(m, "mappedBy").isEmpty()).isPresent()
        && (Annotations.has(field, AnnotationName.ORDER_COLUMN)
            || (CollectionTables.isMap(field) && !Annotations.has(field, AnnotationName.MAP_KEY)));
  }

  /**
   * The position of a {@code List} with an {@code @OrderColumn}, or the key of a {@code Map},
   * kept on the target's table beside the join column: nullable, as a row of the target may
   * belong to no collection.
   */
  private Optional<Column> indexColumn(VariableElement field) {
    return columns.orderColumn(field, true).or(() -> CollectionTables.isMap(field)
        && !Annotations.has(field, AnnotationName.MAP_KEY)
        ? columns.mapKeyColumn(field, CollectionTables.mapKeyType(field)).map(Column::allowingNull)
        : Optional.empty());
  }

  /**
   * The owner's join column (none for the inverse side, whose target maps it), then the
   * collection's position or key column if it has one.
   */
  private List<FieldDeclaration> declare(Owner owner) {
    VariableElement field = owner.field();
    List<FieldDeclaration> declared = new ArrayList<>();
    indexColumn(field).ifPresent(index -> declared.add(new FieldDeclaration(field, index, false,
        Optional.empty(), Optional.empty(), Optional.empty())));
    if (!isJoinColumnOneToMany(field)) {
      return declared;
    }
    Optional<AnnotationMirror> join = Annotations.find(field, JOIN_COLUMN);
    ColumnMapping.KeyColumn ownerKey = columns.keyColumn(owner.entity());
    String name = join.map(j -> annotations.string(j, "name")).filter(n -> !n.isEmpty())
        .orElse(field.getSimpleName() + "_" + ownerKey.logicalName());
    declared.add(0, new FieldDeclaration(field,
        columns.reference(name, field.getSimpleName().toString(), ownerKey,
            types.tableName(owner.entity()),
            join.map(j -> annotations.bool(j, "nullable")).orElse(true),
            join.map(j -> annotations.bool(j, "unique")).orElse(false)),
        false, Optional.empty(), Optional.empty(), Optional.empty()));
    return declared;
  }

  /**
   * The join-column {@code @OneToMany} fields Accordion maps among {@code round}'s entities (their own
   * and their mapped superclasses') by target entity.
   */
  private Map<TypeElement, List<Owner>> byTarget(List<TypeElement> round) {
    if (round != byTargetOf) {
      byTargetOf = round;
      Map<TypeElement, List<Owner>> found = new LinkedHashMap<>();
      round.stream()
          .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
          .forEach(entity -> EntityTypes.mappedFields(entity).stream()
              .filter(field -> isJoinColumnOneToMany(field) || indexedInverse(field))
              .filter(field -> mapped.test(entity, field))
              .forEach(field -> found.computeIfAbsent(EntityTypes.target(field),
                  target -> new ArrayList<>()).add(new Owner(entity, field))));
      byTarget = found;
    }
    return byTarget;
  }
}
