package dev.accordion.processor.resolve;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.model.Table;
import dev.accordion.processor.read.EntityDeclaration;
import dev.accordion.processor.read.FieldDeclaration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * How transition annotations name what they take from: columns or fields of the same table, or
 * {@code Entity.field} for a link held by another entity's table, looked up among the entities
 * of the compile.
 */
final class Links {

  private final List<EntityDeclaration> entities;

  Links(List<EntityDeclaration> entities) {
    this.entities = List.copyOf(entities);
  }

  /** The entity a link's {@code Entity.field} names, by class name or table name. */
  Optional<EntityDeclaration> entity(String source) {
    String name = source.substring(0, source.indexOf('.'));
    return entities.stream()
        .filter(e -> !e.isCollectionTable())
        .filter(e -> e.type().getSimpleName().contentEquals(name) || e.tableName().equals(name))
        .findFirst();
  }

  /** The column of {@code table} a link's {@code Entity.field} names, by field or column name. */
  static Optional<Column> column(Table table, String source) {
    String name = source.substring(source.indexOf('.') + 1);
    return table.columns().stream()
        .filter(c -> c.name().equals(name) || c.field().equals(name))
        .findFirst();
  }

  /** Old columns, by table, that a link contract of this compile drops from another table. */
  Map<String, Set<String>> contracted(Schema snapshot) {
    Map<String, Set<String>> dropped = new TreeMap<>();
    for (EntityDeclaration entity : entities) {
      for (FieldDeclaration field : entity.fields()) {
        if (field.contract().isEmpty() || !field.namesLink()) {
          continue;
        }
        String source = field.sources().get(0);
        entity(source)
            .flatMap(e -> snapshot.table(e.tableName()))
            .ifPresent(table -> column(table, source).ifPresent(
                column -> dropped.computeIfAbsent(table.name(), k -> new HashSet<>())
                    .add(column.name())));
      }
    }
    return dropped;
  }
}
