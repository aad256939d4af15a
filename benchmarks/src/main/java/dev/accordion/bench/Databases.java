package dev.accordion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The databases benchmarked: SQLite files in a scratch directory, and a fresh database per run on
 * the PostgreSQL and MariaDB servers the tests use (same environment variables, same defaults).
 */
final class Databases {

  static final String POSTGRES_ADMIN = System.getenv().getOrDefault("ACCORDION_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  static final String MARIADB_ADMIN = System.getenv().getOrDefault("ACCORDION_MARIADB_URL",
      "jdbc:mariadb://127.0.0.1:3306/test?user=root");

  private final Path scratch;

  Databases(Path scratch) {
    this.scratch = scratch;
  }

  /** A new, empty database of {@code kind} (sqlite, postgresql, mysql) named {@code name}. */
  String fresh(String kind, String name) throws Exception {
    switch (kind) {
      case "sqlite" -> {
        Path file = scratch.resolve(name + ".db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
          Files.deleteIfExists(Path.of(file + suffix));
        }
        return "jdbc:sqlite:" + file;
      }
      case "postgresql" -> {
        execute(POSTGRES_ADMIN, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute(POSTGRES_ADMIN, "CREATE DATABASE " + name);
        return POSTGRES_ADMIN.replaceFirst("/[^/?]+\\?", "/" + name + "?");
      }
      case "mysql" -> {
        execute(MARIADB_ADMIN, "DROP DATABASE IF EXISTS " + name);
        execute(MARIADB_ADMIN, "CREATE DATABASE " + name);
        return MARIADB_ADMIN.replaceFirst("/[^/?]+\\?", "/" + name + "?");
      }
      default -> throw new IllegalArgumentException(kind);
    }
  }

  /** How results name a database kind. */
  static String label(String kind) {
    return switch (kind) {
      case "sqlite" -> "SQLite";
      case "postgresql" -> "PostgreSQL";
      default -> "MariaDB";
    };
  }

  static DataSource dataSource(String url) throws SQLException {
    if (url.startsWith("jdbc:sqlite:")) {
      SQLiteDataSource sqlite = new SQLiteDataSource();
      sqlite.setUrl(url);
      return sqlite;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setUrl(url);
      return postgres;
    }
    return new MariaDbDataSource(url);
  }

  static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The server's (or library's) version, for the results file. */
  static String version(String url) {
    String query = url.startsWith("jdbc:sqlite:") ? "SELECT sqlite_version()"
        : url.startsWith("jdbc:postgresql:") ? "SHOW server_version" : "SELECT version()";
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      return "unreachable (" + e.getMessage() + ")";
    }
  }
}
