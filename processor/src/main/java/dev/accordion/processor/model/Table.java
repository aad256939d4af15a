package dev.accordion.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table as the database has it. Columns keep the entity's declaration order; {@code entity}
 * is the class that maps it, so a later compile can tell a removed entity from one that is only
 * absent from a partial recompile; {@code keySequence} is the sequence its keys come from, if
 * Hibernate draws them from one.
 */
public record Table(
    String name,
    String entity,
    List<Column> columns,
    List<String> primaryKey,
    List<Index> indexes,
    Optional<Sequence> keySequence) {

  public Table {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Column requireColumn(String columnName) {
    return column(columnName)
        .orElseThrow(() -> new IllegalStateException(name + " has no column " + columnName));
  }

  public Column key() {
    return requireColumn(primaryKey.get(0));
  }

  /** Whether a unique constraint or an index covers {@code columnName}: dropping it changes one. */
  public boolean isIndexed(String columnName) {
    return requireColumn(columnName).unique()
        || indexes.stream().anyMatch(i -> i.columns().contains(columnName));
  }

  /**
   * The table's foreign keys in the order of their first columns: one per column whose
   * reference is its own, one per group of columns that are parts of one
   * ({@link Column.Reference#partOf}), in the order of the table's columns.
   */
  public List<ForeignKey> foreignKeys() {
    java.util.Map<String, List<Column>> parts = new java.util.LinkedHashMap<>();
    for (Column column : columns) {
      column.references().ifPresent(r -> parts.computeIfAbsent(r.partOf().orElse(column.name()),
          first -> new java.util.ArrayList<>()).add(column));
    }
    return parts.values().stream().map(group -> new ForeignKey(
        group.stream().map(Column::name).toList(),
        group.get(0).references().orElseThrow().table(),
        group.stream().map(c -> c.references().orElseThrow().column()).toList())).toList();
  }

  /**
   * The same table, its foreign keys following what they point at: {@code renamed} maps each
   * renamed table or column (old reference to new).
   */
  public Table withReferencesFollowing(UnaryOperator<Column.Reference> renamed) {
    return new Table(name, entity, columns.stream().map(c -> c.references()
        .map(renamed)
        .filter(r -> !r.equals(c.references().get()))
        .map(r -> new Column(c.name(), c.field(), c.type(), c.nullable(), c.unique(), c.identity(),
            Optional.of(r)))
        .orElse(c)).toList(), primaryKey, indexes, keySequence);
  }

  public Table withName(String newName) {
    return new Table(newName, entity, columns, primaryKey, indexes, keySequence);
  }
}
