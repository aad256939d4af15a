package dev.accordion.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The databases the end-to-end tests run on, each giving a fresh, empty database per test (on a
 * server, a database of its own: {@code CREATE DATABASE}). Servers are {@link Server#url()}; an
 * unreachable one skips its tests with the reason, unless {@code ACCORDION_REQUIRE_SERVERS=true}
 * (as in CI), where it fails them.
 */
public enum TestDatabase {
  SQLITE("org.hibernate.community.dialect.SQLiteDialect"),
  POSTGRESQL("org.hibernate.dialect.PostgreSQLDialect"),
  MARIADB("org.hibernate.dialect.MariaDBDialect");

  private final String hibernateDialect;

  TestDatabase(String hibernateDialect) {
    this.hibernateDialect = hibernateDialect;
  }

  public String hibernateDialect() {
    return hibernateDialect;
  }

  public boolean isServer() {
    return this != SQLITE;
  }

  /** The server, for POSTGRESQL and MARIADB. */
  public Server server() {
    return switch (this) {
      case SQLITE -> throw new IllegalStateException("SQLite is not a server");
      case POSTGRESQL -> Server.POSTGRESQL;
      case MARIADB -> Server.MARIADB;
    };
  }

  /** The folder of this database's migrations. */
  public String folder() {
    return this == SQLITE ? "sqlite" : server().dialect();
  }

  /** A new empty database; {@link Fresh#close()} drops it. */
  public Fresh fresh(Path temp) throws SQLException {
    String name = "accordion_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    if (this == SQLITE) {
      Path file = temp.resolve(name + ".db");
      return new Fresh(this, "jdbc:sqlite:" + file, () -> {});
    }
    Server server = server();
    try (Connection admin = server.connectOrSkip()) {
      execute(admin, "CREATE DATABASE " + name);
    }
    String drop = this == POSTGRESQL ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
        : "DROP DATABASE IF EXISTS " + name;
    return new Fresh(this, server.urlOfDatabase(name), () -> {
      try (Connection admin = DriverManager.getConnection(server.url())) {
        execute(admin, drop);
      }
    });
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A fresh database: its JDBC URL, data sources for it, and how to drop it. */
  public record Fresh(TestDatabase database, String url, Cleanup cleanup) implements AutoCloseable {

    /** For Accordion and for seeding. */
    public DataSource dataSource() {
      return dataSource(false);
    }

    /**
     * For application writers. On SQLite, transactions take the write lock when they begin: a
     * writer that reads before it writes would otherwise be refused its upgrade when another
     * connection committed in between.
     */
    public DataSource writerDataSource() {
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
  public interface Cleanup {
    void run() throws SQLException;
  }
}
