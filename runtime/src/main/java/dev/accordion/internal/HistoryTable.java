package dev.accordion.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code accordion_history}: what was applied, how far each DDL, online section, backfill and
 * verification got, and what failed. {@code accordion_history_log} keeps the attempts that were
 * resolved as rolled back. Times are ISO-8601 UTC text, which reads and sorts the same in every
 * database.
 */
final class HistoryTable {

  static final String TABLE = "accordion_history";
  static final String LOG_TABLE = "accordion_history_log";

  /** Error texts are kept short enough for every database's text column. */
  private static final int MAX_ERROR_LENGTH = 4000;

  /** The types the history needs; each dialect names them in its own SQL. */
  enum ColumnType { KEY, TEXT, SHORT_TEXT, BOOLEAN, INTEGER, BIGINT }

  private record Column(String name, ColumnType type, boolean notNull, String defaultValue) {}

  /** In the order of the table. */
  private static final List<Column> COLUMNS = List.of(
      new Column("version", ColumnType.KEY, true, null),
      new Column("description", ColumnType.TEXT, true, null),
      new Column("kind", ColumnType.SHORT_TEXT, true, null),
      new Column("transition", ColumnType.TEXT, false, null),
      new Column("script", ColumnType.TEXT, true, null),
      new Column("checksum", ColumnType.SHORT_TEXT, true, null),
      new Column("started_at", ColumnType.SHORT_TEXT, true, null),
      new Column("finished_at", ColumnType.SHORT_TEXT, false, null),
      new Column("success", ColumnType.BOOLEAN, true, null),
      new Column("backfill_after", ColumnType.TEXT, false, null),
      new Column("backfill_rows", ColumnType.BIGINT, true, "0"),
      new Column("backfill_done", ColumnType.BOOLEAN, false, null),
      new Column("backfill_finished_at", ColumnType.SHORT_TEXT, false, null),
      new Column("verify_mismatches", ColumnType.BIGINT, false, null),
      new Column("verified_at", ColumnType.SHORT_TEXT, false, null),
      new Column("ddl_done", ColumnType.INTEGER, true, "0"),
      new Column("online_done", ColumnType.INTEGER, true, "0"),
      new Column("error", ColumnType.TEXT, false, null),
      new Column("resolved", ColumnType.SHORT_TEXT, false, null),
      new Column("resolved_at", ColumnType.SHORT_TEXT, false, null));

  private static final String COLUMN_LIST = columnList();

  /** The column names, joined; a loop, so a boot with nothing to do loads no stream classes. */
  private static String columnList() {
    StringBuilder names = new StringBuilder();
    for (Column column : COLUMNS) {
      names.append(names.length() == 0 ? "" : ", ").append(column.name());
    }
    return names.toString();
  }

  private final Connection connection;
  private final Dialect dialect;

  HistoryTable(Session session) {
    this.connection = session.connection();
    this.dialect = session.dialect();
  }

  boolean exists() throws SQLException {
    return exists(TABLE);
  }

  /**
   * Creates the history table unless it exists. Run under the migration lock (and, on SQLite, in
   * a write transaction), so concurrent boots never both create it.
   */
  void createIfMissing() throws SQLException {
    if (!exists(TABLE)) {
      execute(createTable(TABLE, "version"));
    }
  }

  /** Every row by version; empty when the table does not exist yet. */
  Map<String, HistoryRow> readAll() throws SQLException {
    return exists() ? rowsByVersion() : new HashMap<>();
  }

  private Map<String, HistoryRow> rowsByVersion() throws SQLException {
    Map<String, HistoryRow> rows = new HashMap<>();
    for (HistoryRow row : select(TABLE, "")) {
      rows.put(row.version(), row);
    }
    return rows;
  }

  /**
   * {@link #readAll} and the attempts resolved as rolled back, by version, oldest first (empty
   * when there is none): one look at which of the two tables exist, for a boot's first read.
   * The files are taken from {@code reader} once the rows are read, so the two reads overlap.
   */
  Ledger ledger(FileReader reader) throws SQLException {
    Recorded recorded;
    try {
      recorded = recorded();
    } catch (SQLException | RuntimeException e) {
      reader.files(); // a file that cannot be read is named first, as a read without the reader
      throw e;
    }
    return new Ledger(reader.files(), recorded.rows(), recorded.attempts());
  }

  /** {@link #ledger(FileReader)} of files read already. */
  Ledger ledger(List<MigrationFile> files) throws SQLException {
    Recorded recorded = recorded();
    return new Ledger(files, recorded.rows(), recorded.attempts());
  }

  /** The history's rows and the log's attempts, by version. */
  private record Recorded(
      Map<String, HistoryRow> rows, Map<String, List<HistoryRow>> attempts) {}

  private Recorded recorded() throws SQLException {
    Set<String> tables = accordionTables();
    return new Recorded(tables.contains(TABLE) ? rowsByVersion() : new HashMap<>(),
        tables.contains(LOG_TABLE) ? attemptsByVersion() : new HashMap<>());
  }

  private Map<String, List<HistoryRow>> attemptsByVersion() throws SQLException {
    Map<String, List<HistoryRow>> attempts = new HashMap<>();
    for (HistoryRow row : select(LOG_TABLE, " ORDER BY started_at")) {
      attempts.computeIfAbsent(row.version(), v -> new ArrayList<>()).add(row);
    }
    return attempts;
  }

  /**
   * The row of {@code version}, or null. The columns are named, not {@code *}: the driver may
   * keep this statement prepared on the server (pgjdbc does once a connection ran it five times,
   * as a backfill does), and PostgreSQL refuses to run a prepared statement whose result changed
   * shape, as {@code *} would if a column were added to the table.
   */
  HistoryRow read(String version) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT " + COLUMN_LIST + " FROM " + TABLE + " WHERE version = ?")) {
      statement.setString(1, version);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? row(result, presentColumns(result)) : null;
      }
    }
  }

  /** Records a migration whose DDL committed with the row: every DDL statement done. */
  void insertApplied(MigrationFile migration, Instant startedAt) throws SQLException {
    insert(migration, startedAt, HistoryTable.now(), true, migration.ddl().size());
  }

  /** Records a migration about to run its DDL one statement at a time: in progress, none done. */
  void insertStarted(MigrationFile migration, Instant startedAt) throws SQLException {
    insert(migration, startedAt, null, false, 0);
  }

  void recordDdlDone(String version, int statementsDone) throws SQLException {
    update("UPDATE " + TABLE + " SET ddl_done = ? WHERE version = ?", statementsDone, version);
  }

  /** The DDL stopped at a statement that failed: finished, not successful, with the error. */
  void recordDdlFailed(String version, int statementsDone, String error, Instant failedAt)
      throws SQLException {
    update("UPDATE " + TABLE + " SET ddl_done = ?, error = ?, finished_at = ? WHERE version = ?",
        statementsDone, recordedError(error), failedAt.toString(), version);
  }

  /** The error as it is stored, so a message built now reads the same as one built from the row. */
  static String recordedError(String error) {
    return abbreviate(error == null ? "(no message)" : error, MAX_ERROR_LENGTH);
  }

  void recordDdlFinished(String version, int statementsDone) throws SQLException {
    update("UPDATE " + TABLE + " SET ddl_done = ?, success = ?, finished_at = ? WHERE version = ?",
        statementsDone, true, now().toString(), version);
  }

  void recordOnlineDone(String version, int statementsDone) throws SQLException {
    update("UPDATE " + TABLE + " SET online_done = ? WHERE version = ?", statementsDone, version);
  }

  /** A failed migration finished by hand: applied, its error kept, the resolution recorded. */
  void resolveApplied(String version, String checksum) throws SQLException {
    update("UPDATE " + TABLE + " SET success = ?, checksum = ?, resolved = ?, resolved_at = ?"
        + " WHERE version = ?", true, checksum, "applied", now().toString(), version);
  }

  /**
   * A migration that ran here before and lost its row, recorded as applied by {@code resolve}:
   * every statement done, its backfill (if any) to run again, the resolution on record.
   */
  void insertResolvedApplied(MigrationFile migration, Instant at) throws SQLException {
    insert(migration, at, at, true, migration.ddl().size());
    update("UPDATE " + TABLE + " SET online_done = ?, resolved = ?, resolved_at = ? WHERE"
        + " version = ?", migration.online().size(), "applied", at.toString(), migration.version());
  }

  /**
   * A failed migration undone by hand: its row moves to the log, so the next migrate applies the
   * migration again from the start while the failed attempt stays on record.
   */
  void resolveRolledBack(String version) throws SQLException {
    update("UPDATE " + TABLE + " SET resolved = ?, resolved_at = ? WHERE version = ?",
        "rolled-back", now().toString(), version);
    update("INSERT INTO " + LOG_TABLE + " (" + COLUMN_LIST + ") SELECT " + COLUMN_LIST + " FROM "
        + TABLE + " WHERE version = ?", version);
    update("DELETE FROM " + TABLE + " WHERE version = ?", version);
  }

  /** Whether an attempt at {@code version} was resolved as rolled back. */
  boolean resolvedAsRolledBack(String version) throws SQLException {
    if (!exists(LOG_TABLE)) {
      return false;
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 1 FROM " + LOG_TABLE + " WHERE version = ?")) {
      statement.setString(1, version);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  /** Outside a transaction: DDL commits by itself on MySQL. */
  void createLogIfMissing() throws SQLException {
    if (!exists(LOG_TABLE)) {
      execute(createTable(LOG_TABLE, "version, started_at"));
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

  static String abbreviate(String text, int length) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 3) + "...";
  }

  private void insert(MigrationFile migration, Instant startedAt, Instant finishedAt,
      boolean success, int ddlDone) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + TABLE
        + " (version, description, kind, transition, script, checksum, started_at, finished_at,"
        + " success, backfill_rows, backfill_done, ddl_done, online_done)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)")) {
      statement.setString(1, migration.version());
      statement.setString(2, migration.description());
      statement.setString(3, migration.kind().word());
      statement.setString(4, migration.transition());
      statement.setString(5, migration.fileName());
      statement.setString(6, migration.checksum());
      statement.setString(7, startedAt.toString());
      statement.setString(8, finishedAt == null ? null : finishedAt.toString());
      statement.setBoolean(9, success);
      if (migration.backfill() == null) {
        statement.setNull(10, Types.BOOLEAN);
      } else {
        statement.setBoolean(10, false);
      }
      statement.setInt(11, ddlDone);
      statement.executeUpdate();
    }
  }

  private String createTable(String table, String primaryKey) {
    return "CREATE TABLE IF NOT EXISTS " + table + " (\n  "
        + COLUMNS.stream().map(this::definition).collect(Collectors.joining(",\n  "))
        + ",\n  PRIMARY KEY (" + primaryKey + ")\n)";
  }

  private String definition(Column column) {
    return column.name() + " " + dialect.historyType(column.type())
        + (column.defaultValue() == null ? "" : " DEFAULT " + column.defaultValue())
        + (column.notNull() ? " NOT NULL" : "");
  }

  /** Rows of {@code table}, read by column index ({@link #presentColumns}). */
  private List<HistoryRow> select(String table, String orderBy) throws SQLException {
    List<HistoryRow> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM " + table + orderBy)) {
      Map<String, Integer> present = presentColumns(result);
      while (result.next()) {
        rows.add(row(result, present));
      }
    }
    return rows;
  }

  /**
   * The result's columns by name, to their index: rows are read by index, since a driver's
   * lookup by name, per column and row, costs a boot reading hundreds of rows more than the rows.
   */
  private static Map<String, Integer> presentColumns(ResultSet result) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    Map<String, Integer> present = new HashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      present.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
    }
    return present;
  }

  private boolean exists(String table) throws SQLException {
    return accordionTables().contains(table);
  }

  /** Which of the history and log tables exist, in one catalog query. */
  private Set<String> accordionTables() throws SQLException {
    Set<String> found = new HashSet<>();
    // A plain statement: a boot runs no prepared one otherwise, and its classes cost more.
    try (Statement statement = connection.createStatement();
        ResultSet tables = statement.executeQuery(
            dialect.existingTablesQuery("'" + TABLE + "', '" + LOG_TABLE + "'"))) {
      while (tables.next()) {
        found.add(tables.getString(1).equalsIgnoreCase(TABLE) ? TABLE : LOG_TABLE);
      }
    }
    return found;
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void update(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static HistoryRow row(ResultSet result, Map<String, Integer> present)
      throws SQLException {
    Reader read = new Reader(result, present);
    return new HistoryRow(
        read.text("version"),
        read.text("description"),
        read.text("kind"),
        read.text("transition"),
        read.text("script"),
        read.text("checksum"),
        read.instant("started_at"),
        read.instant("finished_at"),
        Boolean.TRUE.equals(read.bool("success")),
        read.text("backfill_after"),
        read.number("backfill_rows", 0L),
        read.bool("backfill_done"),
        read.instant("backfill_finished_at"),
        read.number("verify_mismatches", null),
        read.instant("verified_at"),
        read.number("ddl_done", 0L).intValue(),
        read.number("online_done", 0L).intValue(),
        read.text("error"),
        read.text("resolved"),
        read.instant("resolved_at"));
  }

  /**
   * The times Accordion writes ({@code Instant.toString()} to the millisecond:
   * {@code 2026-11-28T21:18:59.123Z}), read with integer arithmetic: a boot reads two per applied
   * migration, and {@code DateTimeFormatter} (or even {@code LocalDate}) on each cost it more
   * than the rest of the row. Anything else, an invalid date or time included, goes through
   * {@code Instant.parse}, which reads or rejects it.
   */
  static Instant parseInstant(String text) {
    int length = text.length();
    boolean plain = (length == 20 || length == 24) && text.charAt(4) == '-'
        && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
        && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z'
        && (length == 20 || text.charAt(19) == '.');
    int year = plain ? digits(text, 0, 4) : -1;
    int month = plain ? digits(text, 5, 7) : -1;
    int day = plain ? digits(text, 8, 10) : -1;
    int hour = plain ? digits(text, 11, 13) : -1;
    int minute = plain ? digits(text, 14, 16) : -1;
    int second = plain ? digits(text, 17, 19) : -1;
    int millis = length == 24 ? digits(text, 20, 23) : 0;
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || millis < 0) {
      return Instant.parse(text);
    }
    long seconds = epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
  }

  /** The number written in ASCII digits at [from, to), or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (years 0 to 9999 here). */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year; // the year counted from March, so February ends it
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }

  /** Reads columns by name; a column the table does not have reads as null. */
  private record Reader(ResultSet result, Map<String, Integer> present) {

    String text(String column) throws SQLException {
      Integer index = present.get(column);
      return index == null ? null : result.getString(index);
    }

    Instant instant(String column) throws SQLException {
      String text = text(column);
      return text == null ? null : parseInstant(text);
    }

    Boolean bool(String column) throws SQLException {
      Integer index = present.get(column);
      if (index == null) {
        return null;
      }
      boolean value = result.getBoolean(index);
      return result.wasNull() ? null : value;
    }

    Long number(String column, Long absent) throws SQLException {
      Integer index = present.get(column);
      if (index == null) {
        return absent;
      }
      long value = result.getLong(index);
      return result.wasNull() ? absent : Long.valueOf(value);
    }
  }
}
