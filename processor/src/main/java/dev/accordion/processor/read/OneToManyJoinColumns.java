package dev.accordion.processor.read;

import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMN;
import static dev.accordion.processor.read.AnnotationName.JOIN_COLUMNS;
import static dev.accordion.processor.read.AnnotationName.ONE_TO_MANY;

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

  /** The owner's join column, then its {@code @OrderColumn}'s position column if it has one. */
  private List<FieldDeclaration> declare(Owner owner) {
    VariableElement field = owner.field();
    Optional<AnnotationMirror> join = Annotations.find(field, JOIN_COLUMN);
    ColumnMapping.KeyColumn ownerKey = columns.keyColumn(owner.entity());
    String name = join.map(j -> annotations.string(j, "name")).filter(n -> !n.isEmpty())
        .orElse(field.getSimpleName() + "_" + ownerKey.logicalName());
    List<FieldDeclaration> declared = new ArrayList<>(List.of(new FieldDeclaration(field,
        columns.reference(name, field.getSimpleName().toString(), ownerKey,
            types.tableName(owner.entity()),
            join.map(j -> annotations.bool(j, "nullable")).orElse(true),
            join.map(j -> annotations.bool(j, "unique")).orElse(false)),
        false, Optional.empty(), Optional.empty(), Optional.empty())));
    columns.orderColumn(field, true).ifPresent(order -> declared.add(new FieldDeclaration(field,
        order, false, Optional.empty(), Optional.empty(), Optional.empty())));
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
              .filter(OneToManyJoinColumns::isJoinColumnOneToMany)
              .filter(field -> mapped.test(entity, field))
              .forEach(field -> found.computeIfAbsent(EntityTypes.target(field),
                  target -> new ArrayList<>()).add(new Owner(entity, field))));
      byTarget = found;
    }
    return byTarget;
  }
}
