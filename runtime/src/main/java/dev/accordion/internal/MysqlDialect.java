package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.DialectName;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * MySQL and MariaDB: DDL commits by itself, so the DDL section runs one statement at a time with
 * its progress recorded; {@code GET_LOCK} between instances.
 */
final class MysqlDialect extends ServerDialect {

  /** MySQL's limit on a {@code GET_LOCK} name. */
  private static final int MAX_LOCK_NAME = 64;

  MysqlDialect() {
    super(DialectName.MYSQL);
  }

  @Override
  public String existingColumnQuery(String table, String column) {
    return "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
        + " AND LOWER(table_name) = LOWER(" + table + ") AND LOWER(column_name) = LOWER("
        + column + ")";
  }

  @Override
  public String existingTablesQuery(String names) {
    return "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
        + " AND LOWER(table_name) IN (" + names + ")";
  }

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  /** A user variable of the session, cleared again whatever happened to the batch. */
  @Override
  public SqlCloseable pauseSync(Connection connection, String transition) throws SQLException {
    execute(connection, "SET @accordion_sync_pause = ?", transition);
    return () -> execute(connection, "SET @accordion_sync_pause = NULL");
  }

  /**
   * Backfill batches and verifications read under READ COMMITTED where the server allows it:
   * InnoDB's default REPEATABLE READ takes gap locks over each batch's key range, which hold up
   * application inserts into it. Statement-based binary logging forbids READ COMMITTED writes,
   * so there the default stays.
   */
  @Override
  public SqlCloseable prepareSession(Connection connection) throws SQLException {
    boolean statementBinlog;
    try (PreparedStatement query =
            connection.prepareStatement("SELECT @@log_bin = 1 AND @@binlog_format = 'STATEMENT'");
        ResultSet result = query.executeQuery()) {
      statementBinlog = result.next() && result.getBoolean(1);
    }
    if (statementBinlog) {
      return SqlCloseable.NOTHING;
    }
    int previous = connection.getTransactionIsolation();
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return () -> connection.setTransactionIsolation(previous);
  }

  /**
   * {@code GET_LOCK} on a name of this database's history table; its result is checked: 1 is
   * the lock, 0 a timeout, NULL an error. The lock goes with the connection if the process dies.
   */
  @Override
  public SqlCloseable lockForMigration(Connection connection, Duration wait) throws SQLException {
    String name = lockName(connection.getCatalog());
    long seconds = Math.max(0, (wait.toMillis() + 999) / 1000);
    Long result;
    try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
      lock.setString(1, name);
      lock.setLong(2, seconds);
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        long value = row.getLong(1);
        result = row.wasNull() ? null : value;
      }
    }
    if (result == null) {
      throw new AccordionException("GET_LOCK('" + name + "') failed (it returned NULL: the "
          + "server ran out of memory or the wait was killed). Nothing was changed; start again.");
    }
    if (result != 1) {
      throw lockWaitExceeded(wait, "GET_LOCK('" + name + "')", "connection",
          "SELECT IS_USED_LOCK('" + name + "')");
    }
    return () -> execute(connection, "SELECT RELEASE_LOCK(?)", name);
  }

  /** DDL never runs in a transaction here: see {@link #limitLockWait}. */
  @Override
  public void limitLockWaitInTransaction(Connection connection, Duration timeout) {}

  /**
   * {@code lock_wait_timeout} bounds the wait for a table's metadata lock, which an {@code ALTER}
   * or a {@code CREATE TRIGGER} needs while every writer that comes after queues behind it. It
   * counts whole seconds, so the timeout is rounded up to one at least.
   */
  @Override
  public SqlCloseable limitLockWait(Connection connection, Duration timeout) throws SQLException {
    String previous = firstValue(connection, "SELECT @@SESSION.lock_wait_timeout");
    long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
    execute(connection, "SET SESSION lock_wait_timeout = " + seconds);
    return () -> execute(connection, "SET SESSION lock_wait_timeout = " + Long.parseLong(previous));
  }

  /** ER_LOCK_WAIT_TIMEOUT (a metadata or row lock) and ER_LOCK_DEADLOCK: the statement did nothing. */
  @Override
  public boolean isLockTimeout(SQLException e) {
    return e.getErrorCode() == 1205 || e.getErrorCode() == 1213;
  }

  @Override
  public String lockHoldersQuery() {
    return "SELECT trx_mysql_thread_id, trx_started, trx_query FROM information_schema.INNODB_TRX "
        + "ORDER BY trx_started";
  }

  /** Lock names are server-wide: the database's name keeps two databases from waiting on each other. */
  static String lockName(String database) {
    String name = HistoryTable.TABLE + "." + database;
    if (name.length() <= MAX_LOCK_NAME) {
      return name;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(database.getBytes(StandardCharsets.UTF_8));
      return HistoryTable.TABLE + "." + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
