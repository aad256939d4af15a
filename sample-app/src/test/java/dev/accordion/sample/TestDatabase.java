package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The databases the end-to-end tests run on, each giving a fresh, empty database per test.
 * Servers come from {@code ACCORDION_POSTGRES_URL} and {@code ACCORDION_MARIADB_URL} (defaults:
 * the local servers). An unreachable server skips its tests with the reason, unless
 * {@code ACCORDION_REQUIRE_SERVERS=true} (as in CI), where it fails them.
 */
enum TestDatabase {
  SQLITE("org.hibernate.community.dialect.SQLiteDialect"),
  POSTGRESQL("org.hibernate.dialect.PostgreSQLDialect"),
  MARIADB("org.hibernate.dialect.MariaDBDialect");

  private final String hibernateDialect;

  TestDatabase(String hibernateDialect) {
    this.hibernateDialect = hibernateDialect;
  }

  String hibernateDialect() {
    return hibernateDialect;
  }

  boolean isServer() {
    return this != SQLITE;
  }

  /** The folder of this database's migrations. */
  String folder() {
    return switch (this) {
      case SQLITE -> "sqlite";
      case POSTGRESQL -> "postgresql";
      case MARIADB -> "mysql";
    };
  }

  /** A new empty database; {@link Fresh#close()} drops it. */
  Fresh fresh(Path temp) throws SQLException {
    String name = "accordion_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    switch (this) {
      case SQLITE -> {
        Path file = temp.resolve(name + ".db");
        return new Fresh(this, "jdbc:sqlite:" + file, () -> {});
      }
      case POSTGRESQL -> {
        String admin = serverUrl("ACCORDION_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        execute(admin, "CREATE DATABASE " + name);
        String url = admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new Fresh(this, url, () -> execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
      }
      case MARIADB -> {
        String admin = serverUrl("ACCORDION_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
        execute(admin, "CREATE DATABASE " + name);
        String url = admin.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new Fresh(this, url, () -> execute(admin, "DROP DATABASE IF EXISTS " + name));
      }
      default -> throw new IllegalStateException(name());
    }
  }

  /** The server's URL, or a skipped (or, where servers are required, failed) test. */
  private String serverUrl(String variable, String fallback) {
    String url = System.getenv().getOrDefault(variable, fallback);
    try (Connection ignored = DriverManager.getConnection(url)) {
      return url;
    } catch (SQLException e) {
      String reason = name().toLowerCase(Locale.ROOT) + " is not reachable at " + url + " ("
          + e.getMessage() + "); set " + variable + " or start the server";
      if ("true".equals(System.getenv("ACCORDION_REQUIRE_SERVERS"))) {
        fail(reason + ". ACCORDION_REQUIRE_SERVERS=true makes server tests required.");
      }
      assumeTrue(false, reason);
      throw new IllegalStateException("unreachable");
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A fresh database: its JDBC URL, data sources for it, and how to drop it. */
  record Fresh(TestDatabase database, String url, Cleanup cleanup) implements AutoCloseable {

    /** For Accordion and for seeding. */
    DataSource dataSource() {
      return dataSource(false);
    }

    /**
     * For application writers. On SQLite, transactions take the write lock when they begin: a
     * writer that reads before it writes would otherwise be refused its upgrade when another
     * connection committed in between.
     */
    DataSource writerDataSource() {
      return dataSource(true);
    }

    private DataSource dataSource(boolean immediate) {
      switch (database) {
        case SQLITE -> {
          SQLiteConfig config = new SQLiteConfig();
          config.setBusyTimeout(60_000);
          config.setJournalMode(SQLiteConfig.JournalMode.WAL);
          if (immediate) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
          }
          SQLiteDataSource dataSource = new SQLiteDataSource(config);
          dataSource.setUrl(url);
          return dataSource;
        }
        case POSTGRESQL -> {
          PGSimpleDataSource dataSource = new PGSimpleDataSource();
          dataSource.setURL(url);
          return dataSource;
        }
        case MARIADB -> {
          try {
            return new MariaDbDataSource(url);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        }
        default -> throw new IllegalStateException(database.name());
      }
    }

    @Override
    public void close() throws SQLException {
      cleanup.run();
    }
  }

  /** Drops a fresh database. */
  interface Cleanup {
    void run() throws SQLException;
  }
}
