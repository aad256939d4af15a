package dev.accordion.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL schema or MariaDB database for each test, dropped after it, and a folder
 * for the migration files the test writes. Register it on an instance field:
 * {@code @RegisterExtension final ServerDatabase db = ServerDatabase.postgres();}
 *
 * <p>The server is {@link Server#url()}; one that cannot be reached skips the test, saying why,
 * or fails it where servers are required. At teardown the connections the test opened through
 * {@link #connect()} are closed, and sessions still open in a MariaDB database are ended, which
 * fails the test by name instead of hanging the drop on a metadata lock.
 */
public class ServerDatabase extends Database implements BeforeEachCallback, AfterEachCallback {

  /** MariaDB's ER_NO_SUCH_THREAD: the session to kill has ended. */
  private static final int NO_SUCH_THREAD = 1094;

  private final Server server;
  private String name;
  private String url;
  private Path migrations;
  /** Connections handed to the test, closed at teardown so none holds a lock on the drop. */
  private final Queue<Connection> opened = new ConcurrentLinkedQueue<>();

  protected ServerDatabase(Server server) {
    this.server = server;
  }

  public static ServerDatabase postgres() {
    return new ServerDatabase(Server.POSTGRESQL);
  }

  public static ServerDatabase mariadb() {
    return new ServerDatabase(Server.MARIADB);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    name = "accordion_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(server.url())) {
      execute(admin, server == Server.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw server.unreachable(e);
    }
    url = server.urlOfSchema(name);
    migrations = Files.createTempDirectory("accordion-" + name);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (url == null) {
      return;
    }
    for (Connection connection : opened) {
      connection.close(); // an open transaction is rolled back
    }
    opened.clear();
    List<String> leftOver;
    try (Connection admin = DriverManager.getConnection(server.url())) {
      leftOver = endSessionsLeftIn(admin);
      execute(admin, server == Server.POSTGRESQL ? "DROP SCHEMA " + name + " CASCADE"
          : "DROP DATABASE " + name);
    }
    deleteRecursively(migrations);
    if (!leftOver.isEmpty()) {
      fail("The test left sessions open in " + name + ", ended at teardown: " + leftOver);
    }
  }

  /**
   * Ends the sessions still open in this test's database, which would otherwise hold the drop
   * on a metadata lock for good, and describes them. MariaDB only: PostgreSQL's sessions are not
   * bound to a schema, and its tests close what they open.
   */
  private List<String> endSessionsLeftIn(Connection admin) throws SQLException {
    if (server != Server.MARIADB) {
      return List.of();
    }
    List<String> ended = new ArrayList<>();
    try (var query = admin.prepareStatement("SELECT id, command, state, info FROM "
        + "information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()")) {
      query.setString(1, name);
      try (ResultSet sessions = query.executeQuery()) {
        while (sessions.next()) {
          try {
            execute(admin, "KILL CONNECTION " + sessions.getLong(1));
          } catch (SQLException e) {
            if (e.getErrorCode() == NO_SUCH_THREAD) {
              continue; // a connection the test closed, still ending on the server when listed
            }
            throw e;
          }
          ended.add("session " + sessions.getLong(1) + " (" + sessions.getString(2) + ", "
              + sessions.getString(3) + ", " + sessions.getString(4) + ")");
        }
      }
    }
    return ended;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  public Server server() {
    return server;
  }

  @Override
  public String dialect() {
    return server.dialect();
  }

  /** The schema (PostgreSQL) or database (MariaDB) of this test. */
  public String name() {
    return name;
  }

  /** The URL of this test's schema or database, with the user and password in it. */
  public String url() {
    return url;
  }

  @Override
  public Path migrations() {
    return migrations;
  }

  /** A connection to this test's database, closed at teardown if the test does not close it. */
  @Override
  public Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    opened.add(connection);
    return connection;
  }

  @Override
  public ServerDatabase write(String fileName, String text) {
    super.write(fileName, text);
    return this;
  }

  @Override
  public boolean tableExists(String table) throws SQLException {
    return count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + name
        + "' AND table_name = '" + table + "'") == 1;
  }

  @Override
  public boolean columnExists(String table, String column) throws SQLException {
    return count("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '" + name
        + "' AND table_name = '" + table + "' AND column_name = '" + column + "'") == 1;
  }

  @Override
  public String quote(String identifier) {
    return server == Server.POSTGRESQL ? "\"" + identifier + "\"" : "`" + identifier + "`";
  }
}
