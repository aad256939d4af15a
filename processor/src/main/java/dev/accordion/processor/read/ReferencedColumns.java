package dev.accordion.processor.read;

import dev.accordion.processor.model.Column;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The columns other than a key that join columns point at ({@code referencedColumnName}):
 * Hibernate makes each unique, as a foreign key needs, so the table that holds one learns it
 * from the entities of the round that point at it, worked out once per round.
 */
final class ReferencedColumns {

  private final EntityTypes types;
  private final ColumnMapping columns;
  /** The round {@link #byRoot} was worked out for, and its result. */
  private List<TypeElement> byRootOf;
  /** The physical names of the referenced columns, by the root of the entity that holds them. */
  private Map<TypeElement, Set<String>> byRoot = Map.of();

  ReferencedColumns(EntityTypes types, ColumnMapping columns) {
    this.types = types;
    this.columns = columns;
  }

  /** The physical names of the columns of {@code type}'s table other entities point at. */
  Set<String> of(TypeElement type, List<TypeElement> round) {
    return byRoot(round).getOrDefault(EntityTypes.root(type), Set.of());
  }

  private Map<TypeElement, Set<String>> byRoot(List<TypeElement> round) {
    if (round != byRootOf) {
      byRootOf = round;
      Map<TypeElement, Set<String>> found = new HashMap<>();
      for (TypeElement entity : round) {
        for (VariableElement field : EntityTypes.mappedFields(entity)) {
          if (columns.referencedColumnName(field).isPresent()
              && columns.isSingleJoinColumn(field)) {
            Column pointedAt = columns.joinColumn(field, columns.referencedColumn(field),
                types.tableName(EntityTypes.target(field)));
            found.computeIfAbsent(EntityTypes.root(EntityTypes.target(field)),
                root -> new HashSet<>()).add(pointedAt.references().orElseThrow().column());
          }
        }
      }
      byRoot = found;
    }
    return byRoot;
  }
}
