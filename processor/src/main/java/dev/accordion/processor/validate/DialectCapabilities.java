package dev.accordion.processor.validate;

import dev.accordion.format.DialectName;
import dev.accordion.processor.model.ColumnType;

/**
 * What the rules ask of a database they generate migrations for. They ask what it can do, never
 * which one it is: a dialect added later answers the same questions.
 */
public interface DialectCapabilities {

  /** The dialect: its word is how messages and {@code @DialectSql(dialect)} name it. */
  DialectName dialect();

  /**
   * Whether the database changes a column from {@code from} to {@code to} where it stands:
   * without rewriting the table and without blocking writers for longer than a catalog update.
   * Everything else is an expand and contract.
   */
  boolean changesInPlace(ColumnType from, ColumnType to);

  /**
   * Whether a table renamed with a class-level {@code @Expand} is copied under its new name and
   * filled by a backfill that walks its key, rather than shown under both names by a view: such
   * a table needs a key the backfill can walk.
   */
  boolean copiesRenamedTable();
}
