package dev.accordion.processor.diff;

import dev.accordion.processor.model.ColumnType;

/**
 * What one database can change about a column's type where it stands: without rewriting the
 * table and without blocking writers for longer than a catalog update. Everything else is an
 * expand and contract.
 */
public interface TypeChangeSupport {

  /** The dialect's name: sqlite, postgresql, mysql. */
  String name();

  boolean changesInPlace(ColumnType from, ColumnType to);
}
