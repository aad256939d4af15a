package dev.accordion.internal;

import java.sql.SQLException;

/** Work done inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {
  T run() throws SQLException;
}
