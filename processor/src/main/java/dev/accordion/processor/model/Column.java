package dev.accordion.processor.model;

import java.util.Optional;

/**
 * One column. {@code field} is the Java field that maps it (for the generated accessors);
 * {@code identity} marks a database-generated key; {@code references} is the key of another table
 * this column's foreign key points at (a {@code @ManyToOne} or owning {@code @OneToOne}).
 */
public record Column(
    String name,
    String field,
    ColumnType type,
    boolean nullable,
    boolean unique,
    boolean identity,
    Optional<Reference> references) {

  /** A column no foreign key constrains. */
  public Column(
      String name, String field, ColumnType type, boolean nullable, boolean unique,
      boolean identity) {
    this(name, field, type, nullable, unique, identity, Optional.empty());
  }

  /**
   * The same column as the database holds it while a transition is in flight: nullable, not
   * unique; a foreign key stays, as the database keeps checking it.
   */
  public Column relaxed() {
    return new Column(name, field, type, true, false, false, references);
  }

  /**
   * The same column allowing NULL, its unique and foreign key kept: a link moving to its table
   * while the backfill fills it, each row of the other table held by one owner at most.
   */
  public Column asNullable() {
    return new Column(name, field, type, true, unique, identity, references);
  }

  /**
   * The same column as a primary key holds it: NOT NULL, and unique by the key alone (a
   * {@code @MapsId} join column).
   */
  public Column asKey() {
    return new Column(name, field, type, false, false, identity, references);
  }

  /** Whether the column is NOT NULL, by its nullability or by its definition's SQL. */
  public boolean isNotNull() {
    return !nullable || type.declaresNotNull();
  }

  /** The same column without a foreign key. */
  public Column unreferenced() {
    return new Column(name, field, type, nullable, unique, identity, Optional.empty());
  }

  /**
   * The same column, its foreign key a part of the one over several columns that {@code first}
   * names, its first column.
   */
  public Column referencingAsPartOf(String first) {
    return new Column(name, field, type, nullable, unique, identity,
        references.map(r -> new Reference(r.table(), r.column(), Optional.of(first))));
  }

  /** The same column, unique (one a join column of another table points at). */
  public Column madeUnique() {
    return new Column(name, field, type, nullable, true, identity, references);
  }

  /** The same column allowing NULL, as a subclass's in its root's table. */
  public Column allowingNull() {
    return new Column(name, field, type, true, unique, identity, references);
  }

  /**
   * The table and column a foreign key points at. {@code partOf} names the first column of the
   * foreign key over several columns (a join to a composite key) this column is a part of; empty
   * for a foreign key of this column alone.
   */
  public record Reference(String table, String column, Optional<String> partOf) {

    public Reference(String table, String column) {
      this(table, column, Optional.empty());
    }

    /** The same part of its foreign key, pointing at {@code table.column} instead. */
    public Reference pointingAt(String table, String column) {
      return new Reference(table, column, partOf);
    }

    public boolean pointsAt(String table, String column) {
      return this.table.equals(table) && this.column.equals(column);
    }
  }
}
