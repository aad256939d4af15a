package dev.accordion.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code accordion_history}: what was applied, and how far each backfill and verification got.
 * Times are ISO-8601 UTC text, which reads and sorts the same in every database.
 */
final class HistoryTable {

  static final String TABLE = "accordion_history";

  private static final String COLUMNS = "version, description, kind, transition, script, checksum, "
      + "started_at, finished_at, success, backfill_after, backfill_rows, backfill_done, "
      + "backfill_finished_at, verify_mismatches, verified_at";

  private final Connection connection;
  private final Dialect dialect;

  HistoryTable(Session session) {
    this.connection = session.connection();
    this.dialect = session.dialect();
  }

  boolean exists() throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, null, TABLE, null)) {
      return tables.next();
    }
  }

  /** Creates the table unless it exists; checking first keeps a boot with nothing to do read-only. */
  void createIfMissing() throws SQLException {
    if (!exists()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(dialect.createHistoryTable(TABLE));
      }
    }
  }

  /** Every row by version; empty when the table does not exist yet. */
  Map<String, HistoryRow> readAll() throws SQLException {
    Map<String, HistoryRow> rows = new HashMap<>();
    if (!exists()) {
      return rows;
    }
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT " + COLUMNS + " FROM " + TABLE)) {
      while (result.next()) {
        HistoryRow row = row(result);
        rows.put(row.version(), row);
      }
    }
    return rows;
  }

  /** The row of {@code version}, or null. */
  HistoryRow read(String version) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE version = ?")) {
      statement.setString(1, version);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? row(result) : null;
      }
    }
  }

  void insert(MigrationFile migration, Instant startedAt, boolean success) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + TABLE
        + " (version, description, kind, transition, script, checksum, started_at, finished_at,"
        + " success, backfill_rows, backfill_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
      statement.setString(1, migration.version());
      statement.setString(2, migration.description());
      statement.setString(3, migration.kind().word());
      statement.setString(4, migration.transition());
      statement.setString(5, migration.fileName());
      statement.setString(6, migration.checksum());
      statement.setString(7, startedAt.toString());
      statement.setString(8, now().toString());
      statement.setBoolean(9, success);
      if (migration.backfill() == null) {
        statement.setNull(10, Types.BOOLEAN);
      } else {
        statement.setBoolean(10, false);
      }
      statement.executeUpdate();
    }
  }

  void recordBatch(String version, String lastKey, long rows) throws SQLException {
    update("UPDATE " + TABLE + " SET backfill_after = ?, backfill_rows = backfill_rows + ?"
        + " WHERE version = ?", lastKey, rows, version);
  }

  void recordBackfillDone(String version) throws SQLException {
    update("UPDATE " + TABLE + " SET backfill_done = ?, backfill_finished_at = ? WHERE version = ?",
        true, now().toString(), version);
  }

  void recordVerification(String version, long mismatches) throws SQLException {
    update("UPDATE " + TABLE + " SET verify_mismatches = ?, verified_at = ? WHERE version = ?",
        mismatches, now().toString(), version);
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  private void update(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static HistoryRow row(ResultSet result) throws SQLException {
    return new HistoryRow(
        result.getString("version"),
        result.getString("description"),
        result.getString("kind"),
        result.getString("transition"),
        result.getString("script"),
        result.getString("checksum"),
        instant(result, "started_at"),
        instant(result, "finished_at"),
        result.getBoolean("success"),
        result.getString("backfill_after"),
        result.getLong("backfill_rows"),
        nullableBoolean(result, "backfill_done"),
        instant(result, "backfill_finished_at"),
        nullableLong(result, "verify_mismatches"),
        instant(result, "verified_at"));
  }

  private static Instant instant(ResultSet result, String column) throws SQLException {
    String text = result.getString(column);
    return text == null ? null : Instant.parse(text);
  }

  private static Boolean nullableBoolean(ResultSet result, String column) throws SQLException {
    boolean value = result.getBoolean(column);
    return result.wasNull() ? null : value;
  }

  private static Long nullableLong(ResultSet result, String column) throws SQLException {
    long value = result.getLong(column);
    return result.wasNull() ? null : value;
  }
}
