package dev.accordion.processor.model;

/**
 * A column moving from {@code oldColumn} to {@code newColumn} of {@code table}, in flight between
 * its expand and its contract. Its id, {@code <table>.<newColumn>}, names it in migrations, in the
 * runtime's history and in the generated accessors.
 */
public record Transition(
    String table,
    String oldColumn,
    String newColumn,
    String oldField,
    String newField,
    Transform transform,
    int batchSize) {

  public String id() {
    return id(table, newColumn);
  }

  public static String id(String table, String newColumn) {
    return table + "." + newColumn;
  }
}
