package dev.accordion.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * A database server the tests run on. Its JDBC URL, with the user and password in it, is
 * {@code ACCORDION_POSTGRES_URL} (default {@value #POSTGRES_DEFAULT}) or
 * {@code ACCORDION_MARIADB_URL} (default {@value #MARIADB_DEFAULT}). A server that cannot be
 * reached skips the test, saying why on the console too, unless
 * {@code ACCORDION_REQUIRE_SERVERS=true} (as in CI), which makes it a failure.
 */
public enum Server {
  POSTGRESQL("ACCORDION_POSTGRES_URL", Server.POSTGRES_DEFAULT, "postgresql"),
  MARIADB("ACCORDION_MARIADB_URL", Server.MARIADB_DEFAULT, "mysql");

  public static final String POSTGRES_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  public static final String MARIADB_DEFAULT = "jdbc:mariadb://127.0.0.1:3306/test?user=root";
  /** {@code true} turns an unreachable server from a skipped test into a failed one. */
  public static final String REQUIRE_SERVERS = "ACCORDION_REQUIRE_SERVERS";

  private final String variable;
  private final String defaultUrl;
  private final String dialect;

  Server(String variable, String defaultUrl, String dialect) {
    this.variable = variable;
    this.defaultUrl = defaultUrl;
    this.dialect = dialect;
  }

  /** The server's URL, to its own database: the environment's, or the local server. */
  public String url() {
    String url = System.getenv(variable);
    return url == null || url.isBlank() ? defaultUrl : url;
  }

  /** {@code postgresql} or {@code mysql}: the folder of the server's migrations. */
  public String dialect() {
    return dialect;
  }

  /** {@link #url()} with its database (the URL's path) replaced by {@code database}. */
  public String urlOfDatabase(String database) {
    return withDatabase(url(), database);
  }

  /** {@code url} with its path (the database) replaced, or added where it has none. */
  static String withDatabase(String url, String database) {
    int hostStart = url.indexOf("//") + 2;
    int query = url.indexOf('?', hostStart);
    if (query < 0) {
      query = url.length();
    }
    int path = url.indexOf('/', hostStart);
    if (path < 0 || path > query) {
      path = query;
    }
    return url.substring(0, path) + "/" + database + url.substring(query);
  }

  /**
   * {@link #url()} working in {@code schema}: PostgreSQL's {@code currentSchema}, MariaDB's
   * database (a schema there).
   */
  public String urlOfSchema(String schema) {
    if (this == MARIADB) {
      return urlOfDatabase(schema);
    }
    String url = url();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** A connection to {@link #url()}; if the server does not answer, see {@link #unreachable}. */
  public Connection connectOrSkip() {
    try {
      return DriverManager.getConnection(url());
    } catch (SQLException e) {
      throw unreachable(e);
    }
  }

  /**
   * Skips the running test, saying why (on the console too: Surefire does not print an aborted
   * test's reason), or fails it where servers are required. Never returns normally; the result
   * is there to {@code throw}, for the compiler.
   */
  public RuntimeException unreachable(SQLException cause) {
    String reason = this + " is not reachable at " + url() + " (" + cause.getMessage() + "). Start"
        + " it, or point " + variable + " at one; " + REQUIRE_SERVERS + "=true makes this a failure.";
    if (Boolean.parseBoolean(System.getenv(REQUIRE_SERVERS))) {
      fail(reason, cause);
    }
    System.getLogger(Server.class.getName()).log(System.Logger.Level.WARNING, "Skipped: " + reason);
    Assumptions.abort(reason);
    throw new IllegalStateException("unreachable");
  }
}
