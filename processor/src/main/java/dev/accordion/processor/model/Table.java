package dev.accordion.processor.model;

import java.util.List;
import java.util.Optional;

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

  /** The same table, its foreign keys to a table of {@code renamed} (old name to new) following it. */
  public Table withReferencesRenamed(java.util.Map<String, String> renamed) {
    return new Table(name, entity, columns.stream().map(c -> c.references()
        .filter(r -> renamed.containsKey(r.table()))
        .map(r -> new Column(c.name(), c.field(), c.type(), c.nullable(), c.unique(), c.identity(),
            Optional.of(new Column.Reference(renamed.get(r.table()), r.column()))))
        .orElse(c)).toList(), primaryKey, indexes, keySequence);
  }

  public Table withName(String newName) {
    return new Table(newName, entity, columns, primaryKey, indexes, keySequence);
  }
}
