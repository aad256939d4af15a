package dev.accordion.processor;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A local PostgreSQL or MariaDB server for the execution tests, and what differs between them in
 * the tests' own SQL. Each test gets a fresh schema (PostgreSQL) or database (MariaDB) and drops
 * it afterwards. An unreachable server skips the test with the reason, unless
 * {@code ACCORDION_REQUIRE_SERVERS=true} (CI), where it fails.
 */
enum ServerDatabase {
  POSTGRESQL("postgresql", "ACCORDION_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test",
      "postgres") {
    @Override
    String stored(String identifier) {
      return identifier.toLowerCase(Locale.ROOT);
    }

    @Override
    String quote(String identifier) {
      return "\"" + stored(identifier) + "\"";
    }

    @Override
    boolean transactionalDdl() {
      return true;
    }

    @Override
    String bool(boolean value) {
      return String.valueOf(value);
    }

    @Override
    String urlFor(String schema) {
      return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    String create(String schema) {
      return "CREATE SCHEMA " + schema;
    }

    @Override
    String drop(String schema) {
      return "DROP SCHEMA IF EXISTS " + schema + " CASCADE";
    }

    @Override
    String currentSchema() {
      return "current_schema()";
    }
  },

  MARIADB("mysql", "ACCORDION_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test", "root") {
    @Override
    String stored(String identifier) {
      return identifier;
    }

    @Override
    String quote(String identifier) {
      return "`" + identifier + "`";
    }

    @Override
    boolean transactionalDdl() {
      return false;
    }

    @Override
    String bool(boolean value) {
      return value ? "1" : "0";
    }

    /** The database is the URL's path: replace it. */
    @Override
    String urlFor(String schema) {
      String url = baseUrl();
      int hostStart = url.indexOf("//") + 2;
      int pathStart = url.indexOf('/', hostStart);
      int query = url.indexOf('?', hostStart);
      String host = url.substring(0, pathStart < 0 ? (query < 0 ? url.length() : query) : pathStart);
      return host + "/" + schema + (query < 0 ? "" : url.substring(query));
    }

    @Override
    String create(String schema) {
      return "CREATE DATABASE " + schema;
    }

    @Override
    String drop(String schema) {
      return "DROP DATABASE IF EXISTS " + schema;
    }

    @Override
    String currentSchema() {
      return "database()";
    }
  };

  /** The dialect folder of its migrations. */
  final String dialect;
  private final String urlVariable;
  private final String defaultUrl;
  final String user;

  ServerDatabase(String dialect, String urlVariable, String defaultUrl, String user) {
    this.dialect = dialect;
    this.urlVariable = urlVariable;
    this.defaultUrl = defaultUrl;
    this.user = user;
  }

  /** The name the database keeps for an identifier Hibernate writes unquoted. */
  abstract String stored(String identifier);

  abstract String quote(String identifier);

  /** PostgreSQL runs a ddl section in one transaction; MariaDB commits each statement. */
  abstract boolean transactionalDdl();

  abstract String bool(boolean value);

  abstract String urlFor(String schema);

  abstract String create(String schema);

  abstract String drop(String schema);

  /** The SQL expression naming the schema the connection works in. */
  abstract String currentSchema();

  String baseUrl() {
    String url = System.getenv(urlVariable);
    return url == null || url.isBlank() ? defaultUrl : url;
  }

  /** A fresh, empty schema; skips (or, when servers are required, fails) if unreachable. */
  String createSchema() {
    String schema = "accordion_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(baseUrl(), user, "");
        Statement sql = admin.createStatement()) {
      sql.execute(create(schema));
    } catch (SQLException e) {
      String reason = name() + " not reachable at " + baseUrl() + " (set " + urlVariable
          + " to use another server): " + e.getMessage();
      if ("true".equals(System.getenv("ACCORDION_REQUIRE_SERVERS"))) {
        fail(reason + " [ACCORDION_REQUIRE_SERVERS=true]", e);
      }
      // Surefire does not print an aborted test's reason: say it on the console too.
      System.getLogger(ServerDatabase.class.getName()).log(System.Logger.Level.WARNING,
          "Skipped: " + reason);
      Assumptions.abort(reason);
    }
    return schema;
  }

  void dropSchema(String schema) throws SQLException {
    try (Connection admin = DriverManager.getConnection(baseUrl(), user, "");
        Statement sql = admin.createStatement()) {
      sql.execute(drop(schema));
    }
  }

  Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(urlFor(schema), user, "");
  }
}
