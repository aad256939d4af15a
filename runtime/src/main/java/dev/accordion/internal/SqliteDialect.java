package dev.accordion.internal;

import dev.accordion.format.DialectName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** SQLite: transactional DDL, one writer at a time, {@code BEGIN IMMEDIATE} as the lock. */
final class SqliteDialect implements Dialect {

  /** Long enough for another instance to finish a migration's DDL or a backfill batch. */
  private static final int BUSY_TIMEOUT_MILLIS = 60_000;

  @Override
  public java.time.Duration defaultBackfillBatchTime() {
    return java.time.Duration.ofMillis(20);
  }

  @Override
  public boolean oneWriterAtATime() {
    return true;
  }

  @Override
  public DialectName name() {
    return DialectName.SQLITE;
  }

  @Override
  public String existingColumnQuery(String table, String column) {
    return "SELECT COUNT(*) FROM pragma_table_info(" + table + ") WHERE lower(name) = lower("
        + column + ")";
  }

  @Override
  public String existingTablesQuery(String names) {
    return "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) IN (" + names + ")";
  }

  @Override
  public boolean contractsAtBootByDefault() {
    return true;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /** Keys and short texts are TEXT as well: SQLite enforces no length. */
  @Override
  public String historyType(HistoryTable.ColumnType type) {
    return switch (type) {
      case KEY, SHORT_TEXT -> "TEXT";
      default -> Dialect.super.historyType(type);
    };
  }

  @Override
  public SqlCloseable prepareSession(Connection connection) throws SQLException {
    int previous = pragmaInt(connection, "busy_timeout");
    if (previous >= BUSY_TIMEOUT_MILLIS) {
      return SqlCloseable.NOTHING;
    }
    execute(connection, "PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
    return () -> execute(connection, "PRAGMA busy_timeout = " + previous);
  }

  /**
   * In WAL mode a commit under {@code synchronous=NORMAL} skips the fsync of the log and stays
   * atomic and consistent: a power cut can only lose the last batches, with their recorded
   * progress, so they run again. That fsync costs a fifth of a batch's time. In rollback-journal
   * modes the setting is left alone, since there it would risk the database itself.
   */
  @Override
  public SqlCloseable prepareBackfill(Connection connection) throws SQLException {
    // The table of sync pauses comes with every generated expand; a hand-written one may lack it.
    execute(connection, "CREATE TABLE IF NOT EXISTS accordion_sync_pause (\"transition\" TEXT "
        + "PRIMARY KEY)");
    clearStalePauses(connection);
    int previous = pragmaInt(connection, "synchronous");
    if (previous <= 1 || !"wal".equalsIgnoreCase(pragmaText(connection, "journal_mode"))) {
      return SqlCloseable.NOTHING;
    }
    execute(connection, "PRAGMA synchronous = NORMAL");
    return () -> execute(connection, "PRAGMA synchronous = " + previous);
  }

  /**
   * A row of {@code accordion_sync_pause}, which the generated triggers look for. Only the one
   * writer's own triggers see it, since a trigger fires only for a write; it is deleted before
   * the batch commits, and a rollback takes it away with the batch.
   */
  @Override
  public SqlCloseable pauseSync(Connection connection, String transition) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO accordion_sync_pause (\"transition\") VALUES (?)")) {
      statement.setString(1, transition);
      statement.execute();
    }
    return () -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "DELETE FROM accordion_sync_pause WHERE \"transition\" = ?")) {
        statement.setString(1, transition);
        statement.execute();
      }
    };
  }

  /**
   * A pause is only ever held inside a transaction, so a committed one is a leak: an
   * application's {@code UPDATE OR FAIL} keeps a trigger's changes up to the statement that
   * failed, the pause among them. Its transition's triggers stand still for every writer until
   * it goes, so it goes now, with a warning naming it.
   */
  private static void clearStalePauses(Connection connection) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT \"transition\" FROM accordion_sync_pause")) {
      while (rows.next()) {
        stale.add(rows.getString(1));
      }
    }
    if (!stale.isEmpty()) {
      Log.get().log(System.Logger.Level.WARNING, "accordion_sync_pause held {0} outside any "
          + "transaction, which kept their sync triggers from running for every writer (an "
          + "UPDATE OR FAIL whose trigger failed leaves it): removed. Run verify to count the rows "
          + "written meanwhile that disagree.", stale);
      execute(connection, "DELETE FROM accordion_sync_pause");
    }
  }

  /** SQLITE_TOOBIG, SQLITE_CONSTRAINT and SQLITE_MISMATCH, by their primary result codes. */
  @Override
  public boolean isRowDataError(SQLException e) {
    int primary = e.getErrorCode() & 0xff;
    return primary == 18 || primary == 19 || primary == 20;
  }

  @Override
  public SqlCloseable lockForMigration(Connection connection, Duration wait) {
    return SqlCloseable.NOTHING;
  }

  /** A writer waits for the busy timeout; there is no per-statement lock limit to set. */
  @Override
  public void limitLockWaitInTransaction(Connection connection, Duration timeout) {}

  @Override
  public SqlCloseable limitLockWait(Connection connection, Duration timeout) {
    return SqlCloseable.NOTHING;
  }

  @Override
  public boolean isLockTimeout(SQLException e) {
    return false;
  }

  @Override
  public void prepareOnlineStatement(Connection connection, String statement) {}

  /** How often a write transaction tries for the write lock while another connection holds it. */
  private static final long LOCK_POLL_NANOS = 50_000;
  /** SQLITE_BUSY, the primary result code of a lock held elsewhere. */
  private static final int SQLITE_BUSY = 5;

  /**
   * {@code BEGIN IMMEDIATE} takes the write lock before the first read, so two instances never
   * both read and then deadlock upgrading to write. SQLite queues no one for that lock, and its
   * busy handler sleeps up to 100 ms between tries: an application writing back to back takes
   * the lock again before the handler looks, and a backfill waited for minutes. So the wait is
   * a poll every 50 µs, which finds the moment between two of the writer's transactions, up to
   * the session's busy timeout.
   */
  @Override
  public void beginWrite(Connection connection) throws SQLException {
    int busyTimeoutMillis = pragmaInt(connection, "busy_timeout");
    execute(connection, "PRAGMA busy_timeout = 0");
    try {
      long deadline = System.nanoTime() + busyTimeoutMillis * 1_000_000L;
      while (true) {
        try {
          execute(connection, "BEGIN IMMEDIATE");
          return;
        } catch (SQLException e) {
          if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || System.nanoTime() > deadline) {
            throw e;
          }
          LockSupport.parkNanos(LOCK_POLL_NANOS);
          if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw e;
          }
        }
      }
    } finally {
      execute(connection, "PRAGMA busy_timeout = " + busyTimeoutMillis);
    }
  }

  @Override
  public void commit(Connection connection) throws SQLException {
    execute(connection, "COMMIT");
  }

  @Override
  public void rollback(Connection connection) throws SQLException {
    execute(connection, "ROLLBACK");
  }

  /** The pragma is a no-op inside a transaction, so this runs before {@link #beginWrite}. */
  @Override
  public SqlCloseable foreignKeysOff(Connection connection) throws SQLException {
    if (pragmaInt(connection, "foreign_keys") == 0) {
      return SqlCloseable.NOTHING;
    }
    execute(connection, "PRAGMA foreign_keys = OFF");
    return () -> execute(connection, "PRAGMA foreign_keys = ON");
  }

  @Override
  public List<String> foreignKeyViolations(Connection connection) throws SQLException {
    List<String> violations = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
      while (rows.next()) {
        violations.add("row " + rows.getString(2) + " of " + rows.getString(1)
            + " references a missing row of " + rows.getString(3));
      }
    }
    return violations;
  }

  private static int pragmaInt(Connection connection, String pragma) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
      return result.next() ? result.getInt(1) : 0;
    }
  }

  private static String pragmaText(Connection connection, String pragma) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
      return result.next() ? result.getString(1) : "";
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
