package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Everything that differs between databases. One implementation per database; the rest of the
 * runtime never asks which database it is talking to.
 */
interface Dialect {

  /** The folder name of this dialect's migrations: {@code sqlite}, {@code postgresql}, {@code mysql}. */
  String name();

  /**
   * Whether {@code migrate} applies contracts. True only where one process owns the database
   * (SQLite): elsewhere older instances may still use what a contract drops.
   */
  boolean contractsAtBootByDefault();

  /** Whether a failed DDL transaction leaves no trace; if not, the failure is recorded. */
  boolean transactionalDdl();

  /** {@code CREATE TABLE IF NOT EXISTS} for the history table, in this database's types. */
  String createHistoryTable(String table);

  /** Adjusts the session for migration work (SQLite: a long busy timeout); closing restores it. */
  SqlCloseable prepareSession(Connection connection) throws SQLException;

  /**
   * Keeps other instances from migrating at the same time; history is re-read after it is
   * taken. PostgreSQL will take a session advisory lock and MySQL {@code GET_LOCK}; SQLite needs
   * nothing here because every write transaction begins with the database write lock.
   */
  SqlCloseable lockForMigration(Connection connection) throws SQLException;

  /** Begins a transaction that will write, taking the write lock up front where that matters. */
  void beginWrite(Connection connection) throws SQLException;

  void commit(Connection connection) throws SQLException;

  void rollback(Connection connection) throws SQLException;

  /** Turns foreign key enforcement off until closed, outside any transaction (SQLite rebuilds). */
  SqlCloseable foreignKeysOff(Connection connection) throws SQLException;

  /** Rows that break a foreign key, described for people; empty when all is well. */
  List<String> foreignKeyViolations(Connection connection) throws SQLException;

  /** The dialect named {@code override}, or the one of the connected database. */
  static Dialect of(Connection connection, String override) throws SQLException {
    String product = override != null
        ? override
        : connection.getMetaData().getDatabaseProductName();
    String key = product.toLowerCase(Locale.ROOT);
    if (key.equals("sqlite")) {
      return new SqliteDialect();
    }
    throw new AccordionException("Accordion's runtime does not support " + product + " yet "
        + "(supported: sqlite). Use SQLite, or apply the generated migrations with another tool.");
  }
}
