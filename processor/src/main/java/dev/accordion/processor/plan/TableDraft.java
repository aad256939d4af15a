package dev.accordion.processor.plan;

import dev.accordion.processor.model.Column;
import dev.accordion.processor.model.ColumnType;
import dev.accordion.processor.model.Index;
import dev.accordion.processor.model.Sequence;
import dev.accordion.processor.model.Table;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table part way through its changes of one compile, as an immutable value: its columns in
 * order (a renamed column keeps its place), its indexes, and the columns renamed so far, which
 * the primary key follows. Resolving reads it to judge the next change; planning takes the
 * tables migrations go between from it.
 */
public final class TableDraft {

  private final String name;
  private final String entity;
  private final LinkedHashMap<String, Column> columns;
  private final List<String> primaryKey;
  private final Map<String, String> renamedColumns;
  private final List<Index> indexes;
  private final Optional<Sequence> keySequence;

  private TableDraft(String name, String entity, LinkedHashMap<String, Column> columns,
      List<String> primaryKey, Map<String, String> renamedColumns, List<Index> indexes,
      Optional<Sequence> keySequence) {
    this.name = name;
    this.entity = entity;
    this.columns = columns;
    this.primaryKey = primaryKey;
    this.renamedColumns = renamedColumns;
    this.indexes = indexes;
    this.keySequence = keySequence;
  }

  /** {@code before} as {@code entity} maps it, before any change. */
  public static TableDraft of(Table before, String entity) {
    LinkedHashMap<String, Column> columns = new LinkedHashMap<>();
    before.columns().forEach(c -> columns.put(c.name(), c));
    return new TableDraft(before.name(), entity, columns, before.primaryKey(), Map.of(),
        before.indexes(), before.keySequence());
  }

  public String name() {
    return name;
  }

  /** The column named {@code column}, or null. */
  public Column get(String column) {
    return columns.get(column);
  }

  public boolean has(String column) {
    return columns.containsKey(column);
  }

  public List<String> names() {
    return List.copyOf(columns.keySet());
  }

  public List<Index> indexes() {
    return indexes;
  }

  /** The table as the snapshot records it now. */
  public Table table() {
    return new Table(name, entity, List.copyOf(columns.values()),
        primaryKey.stream().map(c -> renamedColumns.getOrDefault(c, c)).toList(), indexes,
        keySequence);
  }

  /** {@code column} in place of the column of its name, or last when there is none. */
  public TableDraft put(Column column) {
    LinkedHashMap<String, Column> next = new LinkedHashMap<>(columns);
    next.put(column.name(), column);
    return with(next, renamedColumns, indexes);
  }

  /** The column named {@code column}, if there is one, mapped by {@code field} as {@code type}. */
  public TableDraft remap(String column, String field, ColumnType type) {
    Column c = columns.get(column);
    return c == null ? this
        : put(new Column(c.name(), field, type, c.nullable(), c.unique(), c.identity(),
            c.references()));
  }

  /** Every column of {@code added} put, in order. */
  public TableDraft putAll(List<Column> added) {
    LinkedHashMap<String, Column> next = new LinkedHashMap<>(columns);
    added.forEach(column -> next.put(column.name(), column));
    return with(next, renamedColumns, indexes);
  }

  /** The columns named {@code names} without their constraints, as an expand leaves them. */
  public TableDraft relax(List<String> names) {
    return putAll(names.stream().map(name -> get(name).relaxed()).toList());
  }

  public TableDraft removeAll(List<String> names) {
    LinkedHashMap<String, Column> next = new LinkedHashMap<>(columns);
    names.forEach(next::remove);
    return with(next, renamedColumns, indexes);
  }

  public TableDraft remove(String column) {
    LinkedHashMap<String, Column> next = new LinkedHashMap<>(columns);
    next.remove(column);
    return with(next, renamedColumns, indexes);
  }

  /** Column {@code previous} renamed to {@code column}, in its place. */
  public TableDraft rename(String previous, Column column) {
    LinkedHashMap<String, Column> next = new LinkedHashMap<>();
    columns.forEach((n, c) -> next.put(n.equals(previous) ? column.name() : n,
        n.equals(previous) ? column : c));
    Map<String, String> renamed = new HashMap<>(renamedColumns);
    renamed.put(previous, column.name());
    return with(next, renamed, indexes);
  }

  public TableDraft withIndexes(List<Index> next) {
    return with(columns, renamedColumns, List.copyOf(next));
  }

  private TableDraft with(LinkedHashMap<String, Column> next, Map<String, String> renamed,
      List<Index> nextIndexes) {
    return new TableDraft(name, entity, next, primaryKey, renamed, nextIndexes, keySequence);
  }
}
