package dev.accordion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteDataSource;

/** A real SQLite file in a test's temporary folder, and the migration files staged next to it. */
final class TestDatabase {

  static final String BASELINE = "V20260101100000_1__baseline.sql";
  static final String EXPAND = "V20260102100000_1__expand_Profile_biography.sql";
  static final String CONTRACT = "V20260103100000_1__contract_Profile_biography.sql";
  static final String BASELINE_VERSION = "20260101100000.1";
  static final String EXPAND_VERSION = "20260102100000.1";
  static final String CONTRACT_VERSION = "20260103100000.1";
  static final String TRANSITION = "Profile.biography";

  final Path folder;
  final Path migrations;
  final SQLiteDataSource dataSource;

  TestDatabase(Path folder) {
    this.folder = folder;
    this.migrations = folder.resolve("migrations");
    this.dataSource = new SQLiteDataSource();
    dataSource.setUrl(url());
  }

  String url() {
    return "jdbc:sqlite:" + folder.resolve("test.db");
  }

  /** Copies fixture files from {@code db/accordion/sqlite} into {@code migrations/sqlite}. */
  TestDatabase stage(String... fileNames) {
    for (String fileName : fileNames) {
      try (InputStream in = TestDatabase.class.getResourceAsStream("/db/accordion/sqlite/" + fileName)) {
        write(fileName, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /** Writes a migration file into {@code migrations/sqlite}. */
  TestDatabase write(String fileName, String text) {
    try {
      Path file = migrations.resolve("sqlite").resolve(fileName);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String fileName) throws IOException {
    return Files.readString(migrations.resolve("sqlite").resolve(fileName));
  }

  /** Batches keep each file's size, so tests can count them. */
  Accordion.Builder accordion() {
    return Accordion.builder().dataSource(dataSource).directory(migrations)
        .backfillBatchTime(java.time.Duration.ZERO);
  }

  /** Migrates with the default options. */
  StatusReport migrate() {
    return accordion().build().migrate();
  }

  void seedProfiles(int count) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO \"Profile\" (\"id\", \"bio\") VALUES (?, ?)")) {
        for (int id = 1; id <= count; id++) {
          insert.setInt(1, id);
          insert.setString(2, "bio " + id);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    }
  }

  long count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  List<Map<String, Object>> rows(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnName(i), result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  Map<String, Object> history(String version) throws SQLException {
    List<Map<String, Object>> rows =
        rows("SELECT * FROM accordion_history WHERE version = '" + version + "'");
    return rows.isEmpty() ? null : rows.get(0);
  }

  List<String> appliedVersions() throws SQLException {
    return rows("SELECT version FROM accordion_history ORDER BY version").stream()
        .map(row -> (String) row.get("version"))
        .toList();
  }

  boolean tableHasColumn(String table, String column) throws SQLException {
    return rows("PRAGMA table_info(\"" + table + "\")").stream()
        .anyMatch(row -> column.equals(row.get("name")));
  }
}
