package dev.accordion.internal;

import java.sql.SQLException;

/** Undoes a session setting or releases a lock; for try-with-resources. */
@FunctionalInterface
interface SqlCloseable extends AutoCloseable {

  SqlCloseable NOTHING = () -> { };

  @Override
  void close() throws SQLException;
}
