package dev.accordion.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Locale;
import java.util.Map;

/**
 * A test's database and the folder of the migration files the test gives it: the files are
 * written into {@code <migrations>/<dialect>}, and what the migrations did is read back with
 * plain SQL, the history table included. {@link ServerDatabase} and {@link SqliteDatabase} are
 * the two kinds.
 */
public abstract class Database {

  /** {@code sqlite}, {@code postgresql} or {@code mysql}: the folder of this database's migrations. */
  public abstract String dialect();

  /** The folder holding {@code <dialect>/V..._<n>__<name>.sql}. */
  public abstract Path migrations();

  /** A new connection to this test's database. */
  public abstract Connection connect() throws SQLException;

  /** {@code table} exists in this test's database. */
  public abstract boolean tableExists(String table) throws SQLException;

  /** {@code table} exists and has {@code column}. */
  public abstract boolean columnExists(String table, String column) throws SQLException;

  /** An identifier in the quotes of this database. */
  public abstract String quote(String identifier);

  /** Writes a migration file into {@code <migrations>/<dialect>}. */
  public Database write(String fileName, String text) {
    try {
      Path file = migrations().resolve(dialect()).resolve(fileName);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies migration files from the class path's {@code db/accordion/<dialect>/}. */
  public Database stage(String... fileNames) {
    for (String fileName : fileNames) {
      String resource = "db/accordion/" + dialect() + "/" + fileName;
      try (InputStream in = Database.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no resource " + resource + " on the class path");
        }
        write(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }

  /** A migration file of {@code <migrations>/<dialect>}, as it is now. */
  public String read(String fileName) throws IOException {
    return Files.readString(migrations().resolve(dialect()).resolve(fileName));
  }

  public void execute(String sql) throws SQLException {
    try (Connection connection = connect()) {
      execute(connection, sql);
    }
  }

  /** The number the query selects (in its first column of its first row). */
  public long count(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Rows by column label, the labels in lower case. */
  public List<Map<String, Object>> rows(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData meta = result.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The history table's row of a migration, or null. */
  public Map<String, Object> history(String version) throws SQLException {
    List<Map<String, Object>> rows =
        rows("SELECT * FROM accordion_history WHERE version = '" + version + "'");
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The versions in the history table, in order; none before it exists. */
  public List<String> appliedVersions() throws SQLException {
    if (!tableExists("accordion_history")) {
      return List.of();
    }
    return rows("SELECT version FROM accordion_history ORDER BY version").stream()
        .map(row -> (String) row.get("version"))
        .toList();
  }

  /** Inserts rows {@code 1..count} with {@code bio = 'bio <id>'} into {@code table}. */
  public void seedProfiles(String table, int count) throws SQLException {
    try (Connection connection = connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + quote(table)
          + " (" + quote("id") + ", " + quote("bio") + ") VALUES (?, ?)")) {
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

  public static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
