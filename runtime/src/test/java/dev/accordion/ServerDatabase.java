package dev.accordion;

import static org.junit.jupiter.api.Assertions.fail;

import dev.accordion.internal.DriverManagerDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh PostgreSQL schema or MariaDB database for each test, dropped after it, and the
 * migration files the test writes. Register it on an instance field:
 * {@code @RegisterExtension final ServerDatabase db = ServerDatabase.postgres();}
 *
 * <p>The servers are {@code ACCORDION_POSTGRES_URL} (default
 * {@value #POSTGRES_DEFAULT}) and {@code ACCORDION_MARIADB_URL} (default {@value #MARIADB_DEFAULT}),
 * with the user and password in the URL. A server that cannot be reached skips the test, saying
 * why, unless {@code ACCORDION_REQUIRE_SERVERS=true}, which makes it a failure.
 */
final class ServerDatabase implements BeforeEachCallback, AfterEachCallback {

  static final String POSTGRES_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  static final String MARIADB_DEFAULT = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

  private static final Pattern URL_DATABASE = Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([^?]*)(.*)$");

  enum Server { POSTGRESQL, MARIADB }

  private final Server server;
  private final String baseUrl;
  private String name;
  private String url;
  private Path migrations;
  /** Connections handed to the test, closed at teardown so none holds a lock on the drop. */
  private final Queue<Connection> opened = new ConcurrentLinkedQueue<>();

  private ServerDatabase(Server server, String baseUrl) {
    this.server = server;
    this.baseUrl = baseUrl;
  }

  static ServerDatabase postgres() {
    return new ServerDatabase(Server.POSTGRESQL, env("ACCORDION_POSTGRES_URL", POSTGRES_DEFAULT));
  }

  static ServerDatabase mariadb() {
    return new ServerDatabase(Server.MARIADB, env("ACCORDION_MARIADB_URL", MARIADB_DEFAULT));
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    name = "accordion_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = DriverManager.getConnection(baseUrl)) {
      execute(admin, server == Server.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
    } catch (SQLException e) {
      String reason = server + " at " + baseUrl + " is not reachable (" + e.getMessage() + "). "
          + "Start it, or point " + (server == Server.POSTGRESQL ? "ACCORDION_POSTGRES_URL"
          : "ACCORDION_MARIADB_URL") + " at one; ACCORDION_REQUIRE_SERVERS=true makes this a failure.";
      if (Boolean.parseBoolean(System.getenv("ACCORDION_REQUIRE_SERVERS"))) {
        fail(reason, e);
      }
      Assumptions.abort(reason);
    }
    url = server == Server.POSTGRESQL ? withParameter(baseUrl, "currentSchema=" + name)
        : withDatabase(baseUrl, name);
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
    try (Connection admin = DriverManager.getConnection(baseUrl)) {
      leftOver = endSessionsLeftIn(admin);
      execute(admin, server == Server.POSTGRESQL ? "DROP SCHEMA " + name + " CASCADE"
          : "DROP DATABASE " + name);
    }
    try (Stream<Path> files = Files.walk(migrations)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
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
          ended.add("session " + sessions.getLong(1) + " (" + sessions.getString(2) + ", "
              + sessions.getString(3) + ", " + sessions.getString(4) + ")");
          execute(admin, "KILL CONNECTION " + sessions.getLong(1));
        }
      }
    }
    return ended;
  }

  /** {@code postgresql} or {@code mysql}: the folder of the dialect's migrations. */
  String dialect() {
    return server == Server.POSTGRESQL ? "postgresql" : "mysql";
  }

  /** The schema (PostgreSQL) or database (MariaDB) of this test. */
  String name() {
    return name;
  }

  String url() {
    return url;
  }

  Path migrations() {
    return migrations;
  }

  DataSource dataSource() {
    return new DriverManagerDataSource(url, null, null);
  }

  /** A connection to this test's database, closed at teardown if the test does not close it. */
  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url);
    opened.add(connection);
    return connection;
  }

  Accordion.Builder accordion() {
    // Batches keep each file's size, so tests can count them.
    return Accordion.builder().dataSource(dataSource()).directory(migrations)
        .backfillBatchTime(java.time.Duration.ZERO);
  }

  /** Writes a migration file into {@code <migrations>/<dialect>}. */
  ServerDatabase write(String fileName, String text) {
    try {
      Path file = migrations.resolve(dialect()).resolve(fileName);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = connect()) {
      execute(connection, sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Rows with lower-case column names. */
  List<Map<String, Object>> rows(String sql) throws SQLException {
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

  Map<String, Object> history(String version) throws SQLException {
    List<Map<String, Object>> rows =
        rows("SELECT * FROM accordion_history WHERE version = '" + version + "'");
    return rows.isEmpty() ? null : rows.get(0);
  }

  List<String> appliedVersions() throws SQLException {
    if (!tableExists("accordion_history")) {
      return List.of();
    }
    return rows("SELECT version FROM accordion_history ORDER BY version").stream()
        .map(row -> (String) row.get("version"))
        .toList();
  }

  boolean tableExists(String table) throws SQLException {
    return count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + name
        + "' AND table_name = '" + table + "'") == 1;
  }

  boolean columnExists(String table, String column) throws SQLException {
    return count("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '" + name
        + "' AND table_name = '" + table + "' AND column_name = '" + column + "'") == 1;
  }

  /** Inserts rows {@code 1..count} with {@code bio = 'bio <id>'} into {@code table}. */
  void seedProfiles(String table, int count) throws SQLException {
    String quote = server == Server.POSTGRESQL ? "\"" : "`";
    try (Connection connection = connect()) {
      connection.setAutoCommit(false);
      try (var insert = connection.prepareStatement("INSERT INTO " + quote + table + quote
          + " (" + quote + "id" + quote + ", " + quote + "bio" + quote + ") VALUES (?, ?)")) {
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

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  private static String withDatabase(String url, String database) {
    Matcher matcher = URL_DATABASE.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("cannot find the database in " + url);
    }
    return matcher.group(1) + database + matcher.group(3);
  }
}
