package dev.accordion.processor.render;

import dev.accordion.processor.diff.Operation;

/** Renders operations as one database's SQL. One implementation per database. */
public interface SqlDialect {

  /** The dialect's directory name under the migrations directory: sqlite, postgresql, mysql. */
  String name();

  Sections render(Operation operation);
}
