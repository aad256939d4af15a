package dev.accordion.processor.model;

import java.util.List;

/**
 * Columns of {@code table} moving from {@code oldColumns} to {@code newColumns}, in flight
 * between their expand and their contract: one to one (a rename, a value map, a type change),
 * several into one (combining fields) or one into several (splitting one). Fields are listed in
 * the same order as their columns. Its id, {@code <table>.<first new column>}, names it in
 * migrations, in the runtime's history and in the generated accessors.
 *
 * <p>A link moving between tables has an {@code oldTable}: the old column is a key of
 * {@code table} held by {@code oldTable} (Profile.userId), the new one a key of {@code oldTable}
 * held by {@code table} (User.profileId), each the inverse of the other. A 1:n link becoming m:n
 * has one too, and two new columns: {@code table} is the new join table, whose rows pair the old
 * link's value (first) with the key of {@code oldTable} (second), see {@link #isJoin()}.
 *
 * <p>A table renamed with zero downtime has an {@code oldTable} and no columns: every column
 * moves, unchanged, from {@code oldTable} to {@code table} (see {@link #isTableRename()}). Its id
 * is the new table's name.
 *
 * <p>{@code oldTable} is empty unless the transition is a link or a table rename.
 */
public record Transition(
    String table,
    String oldTable,
    List<String> oldColumns,
    List<String> newColumns,
    List<String> oldFields,
    List<String> newFields,
    Transform transform,
    int batchSize) {

  public Transition {
    oldColumns = List.copyOf(oldColumns);
    newColumns = List.copyOf(newColumns);
    oldFields = List.copyOf(oldFields);
    newFields = List.copyOf(newFields);
  }

  /** {@code oldTable} renamed to {@code table}, every row and column kept. */
  public static Transition tableRename(String oldTable, String table, int batchSize) {
    return new Transition(table, oldTable, List.of(), List.of(), List.of(), List.of(),
        Transform.copy(), batchSize);
  }

  public String id() {
    return isTableRename() ? table : id(table, newColumns.get(0));
  }

  public static String id(String table, String newColumn) {
    return table + "." + newColumn;
  }

  public boolean isLink() {
    return !oldTable.isEmpty() && !newColumns.isEmpty();
  }

  /** The whole of {@code oldTable} becoming {@code table}: a table rename with zero downtime. */
  public boolean isTableRename() {
    return !oldTable.isEmpty() && newColumns.isEmpty();
  }

  /**
   * A 1:n link becoming m:n: {@code table} is a new join table whose rows pair a key of
   * {@code oldTable} (the second new column) with the value of its old link column (the first).
   */
  public boolean isJoin() {
    return isLink() && newColumns.size() == 2;
  }

  /** The table of the old columns. */
  public String sourceTable() {
    return oldTable.isEmpty() ? table : oldTable;
  }

  /** One column into one: copies, value maps and single-column converters. */
  public boolean isOneToOne() {
    return oldColumns.size() == 1 && newColumns.size() == 1;
  }

  /** The old column of a one-to-one transition, or the first. */
  public String oldColumn() {
    return oldColumns.get(0);
  }

  /** The new column of a one-to-one transition, or the first. */
  public String newColumn() {
    return newColumns.get(0);
  }

  public String oldField() {
    return oldFields.get(0);
  }

  public String newField() {
    return newFields.get(0);
  }

  /**
   * Whether {@code column} of {@code tableName} is one of this transition's columns (every
   * column, for a table rename).
   */
  public boolean touches(String tableName, String column) {
    if (isTableRename()) {
      return table.equals(tableName) || oldTable.equals(tableName);
    }
    return (sourceTable().equals(tableName) && oldColumns.contains(column))
        || (table.equals(tableName) && newColumns.contains(column));
  }
}
