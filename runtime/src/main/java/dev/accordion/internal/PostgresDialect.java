package dev.accordion.internal;

import dev.accordion.format.DialectName;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL: transactional DDL under {@code lock_timeout}, a session advisory lock between
 * instances, {@code READ COMMITTED} for the short backfill and verification transactions.
 */
final class PostgresDialect extends ServerDialect {

  /** SQLSTATE lock_not_available: {@code lock_timeout} ran out. */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  /** SQLSTATE deadlock_detected: a writer locked the two tables of a link in the other order. */
  private static final String DEADLOCK = "40P01";

  /** Compiled when an online statement first needs it, not by every boot. */
  private static final class ConcurrentIndex {
    static final Pattern PATTERN = Pattern.compile(
        "^CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+ON\\b",
        Pattern.CASE_INSENSITIVE);
  }

  PostgresDialect() {
    super(DialectName.POSTGRESQL);
  }

  @Override
  public String existingColumnQuery(String table, String column) {
    return "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema()"
        + " AND table_name = " + table + " AND column_name = " + column;
  }

  @Override
  public String existingTablesQuery(String names) {
    return "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
        + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
        + " AND c.relkind IN ('r', 'p') AND c.relname IN (" + names + ")";
  }

  /**
   * pgjdbc prepares a statement on the server once a connection has run it {@code
   * prepareThreshold} times, and PostgreSQL refuses to run such a statement again after DDL
   * changed the shape of its result. Expands add columns and contracts drop them, which reshapes
   * {@code RETURNING *}, the driver's way to read generated keys without column names (as
   * Hibernate's IDENTITY insert asks for them), and {@code SELECT *}; a type change reshapes
   * every select of the column. No DDL that adds or drops a column can avoid it; the driver's
   * {@code autosave} retries such a statement inside a transaction, as it does by itself outside.
   */
  @Override
  public String preparedStatementWarning(Connection connection, List<String> migrations) {
    PgjdbcSettings settings = PgjdbcSettings.of(connection);
    if (settings == null || !settings.failsStatementsPreparedBeforeDdl()) {
      return null;
    }
    boolean one = migrations.size() == 1;
    return "The pending " + (one ? "migration " : "migrations ") + Text.listed(migrations, 3)
        + (one ? " changes" : " change") + " tables the application's instances use, and "
        + "pgjdbc on this connection has autosave=" + settings.autosave() + " and "
        + "prepareThreshold=" + settings.prepareThreshold() + ": a statement it prepared on the "
        + "server before the change, whose result the change reshapes, fails inside a "
        + "transaction with \"ERROR: cached plan must not change result type\", once on each "
        + "pooled connection (an INSERT whose generated keys the driver reads with RETURNING *, "
        + "as Hibernate's IDENTITY ids; a SELECT *; a select of a column whose type changes). "
        + "Set autosave=conservative on the connections of every instance that runs during the "
        + "rollout (?autosave=conservative in the JDBC URL, or the pool's data source property "
        + "autosave=conservative): pgjdbc then prepares such a statement again and retries it.";
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  /**
   * A batch commits with its recorded progress, so it need not wait for the WAL to reach the
   * disk: with {@code synchronous_commit} off the database stays consistent, and a crash can lose
   * only the last batches, progress included, which then run again.
   */
  @Override
  public SqlCloseable prepareBackfill(Connection connection) throws SQLException {
    String previous = firstValue(connection, "SELECT current_setting('synchronous_commit')");
    if ("off".equals(previous)) {
      return SqlCloseable.NOTHING;
    }
    execute(connection, "SET synchronous_commit = off");
    return () -> execute(connection, "SET synchronous_commit = '" + previous.replace("'", "''")
        + "'");
  }

  /**
   * A setting local to the transaction, which ends the pause at its commit or rollback; any role
   * may set a placeholder setting like this one.
   */
  @Override
  public SqlCloseable pauseSync(Connection connection, String transition) throws SQLException {
    execute(connection, "SELECT set_config('accordion.sync_pause', ?, true)", transition);
    return SqlCloseable.NOTHING;
  }

  /**
   * {@code pg_try_advisory_lock}, tried every {@link #LOCK_POLL} rather than waited for with
   * {@code pg_advisory_lock}, so the wait has a limit and says who it is waiting for. The key is
   * derived from the schema and the history table, so it is the same for every instance.
   */
  @Override
  public SqlCloseable lockForMigration(Connection connection, Duration wait) throws SQLException {
    String table = connection.getSchema() + "." + HistoryTable.TABLE;
    long key = advisoryKey(table);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean logged = false;
    while (!tryAdvisoryLock(connection, key)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw lockWaitExceeded(wait, "the advisory lock " + key + " of " + table, "session",
            "SELECT pid, state, query FROM pg_stat_activity WHERE pid IN (SELECT pid FROM pg_locks"
                + " WHERE locktype = 'advisory' AND granted)");
      }
      if (!logged) {
        Log.get().log(Level.INFO, "Waiting for another instance to finish migrating ({0})", table);
        logged = true;
      }
      sleep(Duration.ofNanos(Math.min(left, LOCK_POLL.toNanos())), "the migration lock");
    }
    return () -> {
      try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        unlock.setLong(1, key);
        unlock.execute();
      }
    };
  }

  @Override
  public void limitLockWaitInTransaction(Connection connection, Duration timeout)
      throws SQLException {
    execute(connection, "SET LOCAL lock_timeout = '" + timeout.toMillis() + "ms'");
  }

  @Override
  public SqlCloseable limitLockWait(Connection connection, Duration timeout) throws SQLException {
    String previous = firstValue(connection, "SHOW lock_timeout");
    execute(connection, "SET lock_timeout = '" + timeout.toMillis() + "ms'");
    return () -> execute(connection, "SELECT set_config('lock_timeout', ?, false)", previous);
  }

  @Override
  public boolean isLockTimeout(SQLException e) {
    // A deadlock's victim rolled back whole, as a lock timeout does: both are worth another try.
    return LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState());
  }

  @Override
  public String lockHoldersQuery() {
    return "SELECT pid, xact_start, state, query FROM pg_stat_activity WHERE xact_start IS NOT NULL "
        + "ORDER BY xact_start";
  }

  /**
   * A {@code CREATE INDEX CONCURRENTLY} that failed or was killed after its first phase leaves
   * an INVALID index of that name, which {@code IF NOT EXISTS} would skip; PostgreSQL's remedy
   * is to drop it and build again.
   */
  @Override
  public void prepareOnlineStatement(Connection connection, String statement) throws SQLException {
    Matcher matcher = ConcurrentIndex.PATTERN.matcher(statement.strip());
    if (!matcher.find()) {
      return;
    }
    String name = matcher.group(1);
    String relname = name.startsWith("\"")
        ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
        : name.toLowerCase(java.util.Locale.ROOT);
    String invalid = null;
    try (PreparedStatement find = connection.prepareStatement("SELECT c.oid::regclass::text FROM "
        + "pg_class c JOIN pg_index i ON i.indexrelid = c.oid WHERE c.relname = ? "
        + "AND pg_table_is_visible(c.oid) AND NOT i.indisvalid")) {
      find.setString(1, relname);
      try (ResultSet result = find.executeQuery()) {
        if (result.next()) {
          invalid = result.getString(1);
        }
      }
    }
    if (invalid != null) {
      Log.get().log(Level.INFO, "Dropping the INVALID index {0} an interrupted build left, to build it "
          + "again", invalid);
      execute(connection, "DROP INDEX CONCURRENTLY IF EXISTS " + invalid);
    }
  }

  /**
   * Every transaction Accordion begins is short, and reads what others committed: backfill
   * batches must see the rows written by the sync triggers of concurrent writers.
   */
  @Override
  public void beginWrite(Connection connection) throws SQLException {
    super.beginWrite(connection);
    execute(connection, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
  }

  private static boolean tryAdvisoryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      lock.setLong(1, key);
      try (ResultSet result = lock.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }

  /** The first 8 bytes of the SHA-256 of the qualified table name. */
  static long advisoryKey(String qualifiedTable) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("accordion:" + qualifiedTable).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
