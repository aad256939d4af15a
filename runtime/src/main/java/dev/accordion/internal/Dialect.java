package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.DialectName;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between databases. One implementation per database; the rest of the
 * runtime never asks which database it is talking to.
 */
interface Dialect {

  /** The folder name of this dialect's migrations: {@code sqlite}, {@code postgresql}, {@code mysql}. */
  DialectName name();

  /**
   * How long a backfill batch should take unless the application says: long enough that a
   * large table takes a few hundred transactions, short enough that a writer waiting for the
   * batch's locks hardly notices.
   */
  default java.time.Duration defaultBackfillBatchTime() {
    return java.time.Duration.ofMillis(25);
  }

  /**
   * Whether one transaction's write lock covers the whole database (SQLite): each pause between
   * batches then lasts as long as the batch before it, so a writer asleep in SQLite's busy
   * handler, which waits in growing steps, finds the lock free half the time.
   */
  default boolean oneWriterAtATime() {
    return false;
  }

  /**
   * Whether {@code migrate} applies contracts. True only where one process owns the database
   * (SQLite): elsewhere older instances may still use what a contract drops.
   */
  boolean contractsAtBootByDefault();

  /**
   * Whether the DDL section runs in one transaction with its history row. If not, its statements
   * run one at a time and the history row records how many are done, so a killed process resumes
   * and a failure is recorded for {@code resolve}.
   */
  boolean transactionalDdl();

  /** How this database spells a type of the history table. */
  default String historyType(HistoryTable.ColumnType type) {
    return switch (type) {
      case KEY, SHORT_TEXT -> "VARCHAR(64)";
      case TEXT -> "TEXT";
      case BOOLEAN -> "BOOLEAN";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
    };
  }

  /**
   * Adjusts the session for the batches of a backfill; closing restores it. A batch commits
   * with its progress, so one lost to a crash is done again and need not reach the disk at once
   * (SQLite in WAL mode: {@code synchronous=NORMAL}; PostgreSQL: {@code synchronous_commit} off).
   */
  default SqlCloseable prepareBackfill(Connection connection) throws SQLException {
    return SqlCloseable.NOTHING;
  }

  /**
   * Pauses {@code transition}'s sync triggers for the rest of the current write transaction, or
   * until closed: a backfill batch's writes are no application's, and the triggers must not
   * write them back to the old side. The generated triggers test this pause; the migration
   * format names it for each database (docs/migration-files.md).
   */
  SqlCloseable pauseSync(Connection connection, String transition) throws SQLException;

  /**
   * Whether {@code e} says a statement failed on the data of a row (a value a conversion does
   * not take, one too long for its column, a subquery that found two rows), not on the database
   * or the connection: the backfill narrows its batch to that row and leaves it to verification.
   */
  boolean isRowDataError(SQLException e);

  /**
   * A query for which of {@code names} (Accordion's own lower-case table names, written into it
   * as a list of literals, {@code 'a', 'b'}) exist in the connection's own schema (PostgreSQL)
   * or database (MySQL); it returns their names. A plain catalog query, not
   * {@code DatabaseMetaData.getTables}, whose generic query cost a boot with nothing pending
   * more than reading its history.
   */
  String existingTablesQuery(String names);

  /**
   * A query counting the columns named {@code column} (a string literal) of table {@code table}
   * (a string literal) in the session's schema; names compared as the dialect folds them.
   */
  String existingColumnQuery(String table, String column);

  /**
   * A warning for people when the driver settings of {@code connection}, which the application's
   * instances are taken to share, let a statement they prepared before {@code migrations} (file
   * names, pending) fail once their DDL reshaped its result; null when nothing fails so.
   */
  default String preparedStatementWarning(Connection connection, List<String> migrations) {
    return null;
  }

  /** Adjusts the session for migration work (SQLite: a long busy timeout); closing restores it. */
  SqlCloseable prepareSession(Connection connection) throws SQLException;

  /**
   * Keeps other instances from migrating at the same time, waiting up to {@code wait} for one
   * that is; history is re-read after it is taken. PostgreSQL takes a session advisory lock and
   * MySQL {@code GET_LOCK}; SQLite needs nothing here because every write transaction begins
   * with the database write lock.
   *
   * @throws dev.accordion.AccordionException when another instance held it for all of {@code wait}
   */
  SqlCloseable lockForMigration(Connection connection, Duration wait) throws SQLException;

  /**
   * Makes statements of the current transaction give up waiting for a table lock after
   * {@code timeout} (PostgreSQL's {@code SET LOCAL lock_timeout}), so DDL queued behind a long
   * query does not queue every writer behind itself. Nothing where the database has no such limit.
   */
  void limitLockWaitInTransaction(Connection connection, Duration timeout) throws SQLException;

  /** As {@link #limitLockWaitInTransaction}, for statements in auto-commit, until closed. */
  SqlCloseable limitLockWait(Connection connection, Duration timeout) throws SQLException;

  /**
   * Whether {@code e} says a statement gave up waiting for a lock, or lost a deadlock, so its
   * transaction rolled back and a retry may succeed.
   */
  boolean isLockTimeout(SQLException e);

  /** A query that lists the sessions whose transactions may hold the lock a statement waits for. */
  default String lockHoldersQuery() {
    return null;
  }

  /**
   * Clears what an interrupted earlier run of an online statement left that would make it
   * skip its work (PostgreSQL: the INVALID index a failed {@code CREATE INDEX CONCURRENTLY}
   * leaves, which {@code IF NOT EXISTS} would take for done).
   */
  void prepareOnlineStatement(Connection connection, String statement) throws SQLException;

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
    Optional<DialectName> known = override == null ? ofDriver(connection) : Optional.empty();
    String product = override != null ? override
        : known.isPresent() ? known.get().word()
        : connection.getMetaData().getDatabaseProductName();
    Optional<DialectName> name = DialectName.ofProduct(product);
    if (name.isEmpty()) {
      throw new AccordionException("Accordion's runtime does not support " + product + " (it "
          + "supports SQLite, PostgreSQL, MySQL and MariaDB). Use one of those, or apply the "
          + "generated migrations with another tool.");
    }
    return of(name.get());
  }

  /**
   * The dialect of a connection from one of the drivers Accordion is tested with, told by the
   * driver's connection class (under a pool's proxy); empty for any other, whose metadata then
   * names the database. The first call of {@code getMetaData} loads the driver's and the pool's
   * metadata classes, which is a tenth of a boot with nothing to do.
   */
  private static Optional<DialectName> ofDriver(Connection connection) {
    String driver;
    try {
      driver = connection.isWrapperFor(Connection.class)
          ? connection.unwrap(Connection.class).getClass().getName()
          : connection.getClass().getName();
    } catch (SQLException e) {
      return Optional.empty(); // a wrapper that will not unwrap: the metadata names the database
    }
    if (driver.startsWith("org.sqlite.")) {
      return Optional.of(DialectName.SQLITE);
    }
    if (driver.startsWith("org.postgresql.")) {
      return Optional.of(DialectName.POSTGRESQL);
    }
    if (driver.startsWith("org.mariadb.jdbc.")) {
      return Optional.of(DialectName.MYSQL);
    }
    return Optional.empty();
  }

  private static Dialect of(DialectName name) {
    switch (name) {
      case SQLITE:
        return new SqliteDialect();
      case POSTGRESQL:
        return new PostgresDialect();
      default:
        return new MysqlDialect();
    }
  }
}
