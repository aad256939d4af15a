package dev.accordion.processor.model;

/**
 * One column. {@code field} is the Java field that maps it (for the generated accessors);
 * {@code identity} marks a database-generated key.
 */
public record Column(
    String name, String field, ColumnType type, boolean nullable, boolean unique, boolean identity) {

  /** The same column as the database holds it while a transition is in flight: no constraints. */
  public Column relaxed() {
    return new Column(name, field, type, true, false, false);
  }
}
