package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.accordion.processor.Resources.read;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accordion.testing.Server;
import dev.accordion.testing.ServerDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the migrations generated for the seeds' releases on a real server, section by section as
 * the runtime does (docs/migration-files.md, "Server databases"): the expand's triggers keep both
 * columns in step for writers that set only one of them and never let a stale NULL wipe the old
 * value, the batched backfill fills every row, verify then counts zero, the contract's guards
 * pass and the contract runs, and Hibernate validates release 3's entities against the result.
 * Every statement the runtime may repeat after a crash (MariaDB's ddl, PostgreSQL's online) is
 * run twice.
 */
abstract class ServerExecutionTest {

  @TempDir Path dir;
  /** A fresh schema (PostgreSQL) or database (MariaDB) per test, dropped after it. */
  @RegisterExtension final ServerDatabase server;
  private final boolean postgres;
  private String schema;
  private Connection db;
  private Path migrations;

  ServerExecutionTest(ServerDatabase server) {
    this.server = server;
    this.postgres = server.server() == Server.POSTGRESQL;
  }

  @BeforeEach
  void connect() throws SQLException {
    schema = server.name();
    db = server.connect();
    migrations = dir.resolve("migrations");
  }

  @AfterEach
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void seedReleasesRunEndToEnd() throws Exception {
    ServerGoldenTest.compileSeedReleases(migrations);
    String post = q("Post");
    String profile = q("Profile");
    run(migration(GoldenReleasesTest.BASELINE));
    execute("INSERT INTO " + post + " (" + q("title") + ", " + q("published") + ") VALUES ('a', "
        + bool(true) + "), ('b', " + bool(false) + "), ('c', " + bool(true) + ")");
    execute("INSERT INTO " + profile + " (" + q("bio") + ") VALUES ('x'), (NULL), ('z')");

    // ---- expand Post.published -> Post.status (value map)
    Migration expandStatus = migration(GoldenReleasesTest.EXPAND_STATUS);
    run(expandStatus);
    assertThat(List.of(row("a"), row("b"), row("c"))).containsExactly("1:-", "0:-", "1:-").inOrder();
    assertThat(count(expandStatus.verifyCount())).isEqualTo(3);
    assertThat(count(expandStatus.verifyCountOverEveryKey())).isEqualTo(3);

    // An older release writes only the old column; the new release writes only the new one.
    execute("INSERT INTO " + post + " (" + q("title") + ", " + q("published")
        + ") VALUES ('old writer', " + bool(true) + ")");
    execute("INSERT INTO " + post + " (" + q("title") + ", " + q("status")
        + ") VALUES ('new writer', 'InReview')");
    assertThat(row("old writer")).isEqualTo("1:Published");
    assertThat(row("new writer")).isEqualTo("0:InReview");
    setWhere(q("published") + " = " + bool(false), "old writer");
    assertThat(row("old writer")).isEqualTo("0:Unknown");
    setWhere(q("status") + " = 'Published'", "new writer");
    assertThat(row("new writer")).isEqualTo("1:Published");
    // Several statuses map back to false: the old column follows, the new value stays.
    setWhere(q("status") + " = 'InProgress'", "new writer");
    assertThat(row("new writer")).isEqualTo("0:InProgress");
    // A stale save (every column of an entity loaded before, status among them as NULL) changes
    // neither value: status stays InProgress, not Unknown, which false would give.
    setWhere(q("published") + " = " + bool(false) + ", " + q("status") + " = NULL",
        "new writer");
    assertThat(row("new writer")).isEqualTo("0:InProgress");
    // A row not yet backfilled, written by an older release, is filled by the trigger too.
    setWhere(q("published") + " = " + bool(true), "b");
    assertThat(row("b")).isEqualTo("1:Published");
    setWhere(q("published") + " = " + bool(false), "b");
    assertThat(row("b")).isEqualTo("0:Unknown");

    backfill(expandStatus, 2);
    assertThat(count(expandStatus.verifyCount())).isEqualTo(0);
    assertThat(row("a")).isEqualTo("1:Published");
    assertThat(row("c")).isEqualTo("1:Published");
    // An ORM saves every column of an entity it loaded before the backfill reached the row:
    // the stale NULL does not wipe published, status is refilled from it.
    setWhere(q("content") + " = 'edited', " + q("published") + " = " + bool(true) + ", "
        + q("status") + " = NULL", "a");
    assertThat(row("a")).isEqualTo("1:Published");
    // A writer that sets both (the accessors) is left alone.
    setWhere(q("published") + " = " + bool(false) + ", " + q("status") + " = 'Draft'", "c");
    assertThat(row("c")).isEqualTo("0:Draft");
    assertThat(count(expandStatus.verifyCount())).isEqualTo(0);

    // ---- expand Profile.bio -> Profile.biography (copy)
    Migration expandBiography = migration(GoldenReleasesTest.EXPAND_BIOGRAPHY);
    run(expandBiography);
    assertThat(count(expandBiography.verifyCount())).isEqualTo(2);
    execute("INSERT INTO " + profile + " (" + q("bio") + ") VALUES ('only old')");
    execute("INSERT INTO " + profile + " (" + q("biography") + ") VALUES ('only new')");
    assertThat(profiles(q("id") + " > 3")).containsExactly("only old|only old", "only new|only new")
        .inOrder();
    execute("UPDATE " + profile + " SET " + q("biography") + " = 'edited' WHERE " + q("bio")
        + " = 'only old'");
    assertThat(profiles(q("biography") + " = 'edited'")).containsExactly("edited|edited");
    // A change of case is a change, whatever the collation says.
    execute("UPDATE " + profile + " SET " + q("bio") + " = 'Only New' WHERE " + q("biography")
        + " = 'only new'");
    assertThat(profiles(q("id") + " = 5")).containsExactly("Only New|Only New");
    backfill(expandBiography, 2);
    assertThat(count(expandBiography.verifyCount())).isEqualTo(0);
    assertThat(profiles(q("id") + " <= 3")).containsExactly("x|x", "-|-", "z|z").inOrder();
    // The contract's release clears a biography, writing it alone: PostgreSQL sees that the
    // statement leaves bio out, and bio follows; MariaDB cannot tell it from the stale save
    // below, and refills it (docs/limits.md). An entity of the expand's release, loaded before
    // the backfill and saved with every column, writes bio too: its stale NULL biography is
    // refilled from bio, which stays.
    execute("UPDATE " + profile + " SET " + q("biography") + " = NULL WHERE " + q("id") + " = 3");
    execute("UPDATE " + profile + " SET " + q("bio") + " = 'x', " + q("biography") + " = NULL"
        + " WHERE " + q("id") + " = 1");
    assertThat(profiles(q("id") + " <= 3"))
        .containsExactly("x|x", "-|-", postgres ? "-|-" : "z|z").inOrder();
    assertThat(count(expandBiography.verifyCount())).isEqualTo(0);

    // ---- contract Post.status (status becomes NOT NULL)
    Migration contract = migration(GoldenReleasesTest.CONTRACT_STATUS);
    List<String> guards = contract.sections().get("guard");
    assertThat(guards).hasSize(2);
    // A row with no status at all would violate NOT NULL: the guard refuses while it exists.
    execute("INSERT INTO " + post + " (" + q("title") + ") VALUES ('nothing')");
    assertThat(count(guards.get(1))).isEqualTo(1);
    execute("DELETE FROM " + post + " WHERE " + q("title") + " = 'nothing'");
    for (String guard : guards) {
      assertThat(count(guard)).isEqualTo(0);
    }
    run(contract);
    assertThat(strings("SELECT column_name FROM information_schema.columns WHERE table_schema = "
            + currentSchema() + " AND table_name = '" + stored("Post")
            + "' ORDER BY ordinal_position"))
        .containsExactly("id", "title", "content", "status").inOrder();
    assertThat(triggersOn("Post")).isEmpty();
    assertThat(triggersOn("Profile")).isNotEmpty();
    assertThat(strings("SELECT CONCAT(" + q("title") + ", ':', " + q("status") + ") FROM " + post
            + " ORDER BY " + q("id")))
        .containsExactly("a:Published", "b:Unknown", "c:Draft", "old writer:Unknown",
            "new writer:InProgress").inOrder();
    assertThrows(SQLException.class,
        () -> execute("INSERT INTO " + post + " (" + q("title") + ") VALUES ('no status')"));

    hibernateValidates("r3", "dev.accordion.sample.Post", "dev.accordion.sample.Profile");
  }

  /** The converter's SQL is one template for every dialect: it must run on this server too. */
  @Test
  void converterExpandRuns() throws Exception {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260201120000").release("converter/r1")).succeeded();
    assertThat(compile.at("20260202120000").release("converter/r2")).succeeded();
    String product = q("Product");
    run(migration("V20260201120000_1__baseline.sql"));
    execute("INSERT INTO " + product + " (" + q("name") + ", " + q("priceCents")
        + ") VALUES ('a', 1999), ('b', NULL), ('c', 5)");

    Migration expand = migration(ServerGoldenTest.CONVERTER_EXPAND);
    run(expand);
    execute("INSERT INTO " + product + " (" + q("name") + ", " + q("priceCents")
        + ") VALUES ('old writer', 250)");
    execute("INSERT INTO " + product + " (" + q("name") + ", " + q("priceEuros")
        + ") VALUES ('new writer', 7.5)");
    execute("UPDATE " + product + " SET " + q("priceEuros") + " = 0.07 WHERE " + q("name")
        + " = 'c'");
    backfill(expand, 2);

    assertThat(count(expand.verifyCount())).isEqualTo(0);
    assertThat(strings("SELECT CONCAT(" + q("name") + ", ' ', COALESCE(" + q("priceCents")
            + ", -1), ' ', COALESCE(ROUND(" + q("priceEuros") + " * 100), -1)) FROM " + product
            + " ORDER BY " + q("id")))
        .containsExactly("a 1999 1999", "b -1 -1", "c 7 7", "old writer 250 250",
            "new writer 750 750").inOrder();
  }

  /**
   * The footprint counts what an expand creates in the connection's own schema, named with
   * capitals as some applications name theirs: nothing before the expand, its column and
   * triggers after.
   */
  @Test
  void theFootprintFindsAnExpandOnlyOnceItRan() throws Exception {
    String mixedCase = "Tenant_" + schema.substring(schema.length() - 6);
    execute(postgres ? "CREATE SCHEMA \"" + mixedCase + "\""
        : "CREATE DATABASE `" + mixedCase + "`");
    try {
      execute(postgres ? "SET search_path TO \"" + mixedCase + "\"" : "USE `" + mixedCase + "`");
      ServerGoldenTest.compileSeedReleases(migrations);
      run(migration(GoldenReleasesTest.BASELINE));
      Migration expand = migration(GoldenReleasesTest.EXPAND_BIOGRAPHY);

      assertThat(count(expand.only("footprint"))).isEqualTo(0);
      run(expand);
      assertThat(count(expand.only("footprint"))).isEqualTo(3); // the column, two triggers
    } finally {
      execute(postgres ? "DROP SCHEMA \"" + mixedCase + "\" CASCADE"
          : "DROP DATABASE `" + mixedCase + "`");
    }
  }

  // ---- what the runtime does with each section (docs/migration-files.md), simply

  /** A migration file's statements by section; statements before any marker are DDL. */
  record Migration(Map<String, List<String>> sections) {
    /**
     * The verify section's count; its second statement lists the rows counted, its third
     * counts them in a key range of the backfill's walk.
     */
    String verifyCount() {
      List<String> statements = sections.get("verify");
      assertThat(statements).hasSize(3);
      return statements.get(0);
    }

    /** The verify section's count in a key range, over the range of every integer key. */
    String verifyCountOverEveryKey() {
      return sections.get("verify").get(2).replace(":from", String.valueOf(Long.MIN_VALUE))
          .replace(":upto", String.valueOf(Long.MAX_VALUE));
    }

    String only(String section) {
      List<String> statements = sections.get(section);
      assertThat(statements).hasSize(1);
      return statements.get(0);
    }

    List<String> section(String name) {
      return sections.getOrDefault(name, List.of());
    }
  }

  /**
   * Splits the generated file the simple way its layout allows: a statement ends with a line
   * ending in {@code ;}, a dollar-quoted PostgreSQL function at {@code $$;}, a MySQL trigger body
   * at {@code END;}.
   */
  private Migration migration(String name) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    String section = "ddl";
    StringBuilder statement = new StringBuilder();
    String text = read(migrations.resolve(server.dialect()).resolve(name));
    for (String line : text.split("\n")) {
      if (statement.length() == 0 && line.startsWith("-- accordion:")) {
        section = line.substring("-- accordion:".length()).split(" ")[0];
        continue;
      }
      if (statement.length() == 0 && (line.startsWith("--") || line.isBlank())) {
        continue;
      }
      statement.append(statement.length() == 0 ? "" : "\n").append(line);
      String sql = statement.toString();
      boolean ends = sql.lines().findFirst().orElseThrow().endsWith("$$")
          ? line.equals("$$;")
          : sql.contains("FOR EACH ROW BEGIN") ? line.equals("END;") : line.endsWith(";");
      if (ends) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(sql);
        statement.setLength(0);
      }
    }
    assertThat(statement.toString()).isEmpty();
    return new Migration(sections);
  }

  /**
   * Guards are the caller's; then the ddl section (PostgreSQL: one transaction under a lock
   * timeout; MariaDB: statement by statement, each run twice as after a kill), then the online
   * section in autocommit, each statement twice.
   */
  private void run(Migration migration) throws SQLException {
    if (transactionalDdl()) {
      db.setAutoCommit(false);
      try {
        execute("SET LOCAL lock_timeout = '2s'");
        for (String statement : migration.section("ddl")) {
          execute(statement);
        }
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } else {
      for (String statement : migration.section("ddl")) {
        execute(statement);
        execute(statement);
      }
    }
    for (String statement : migration.section("online")) {
      execute(statement);
      execute(statement);
    }
  }

  private static final Pattern PARAMETER = Pattern.compile(":(from|batch|upto)\\b");

  /** Walks the table by key, {@code batch} rows a time, binding :from, :batch and :upto. */
  private void backfill(Migration migration, int batch) throws SQLException {
    List<String> statements = migration.sections().get("backfill");
    assertThat(statements).hasSize(2);
    long from = Long.MIN_VALUE;
    int batches = 0;
    while (true) {
      Long upto = null;
      try (PreparedStatement next = prepare(statements.get(0), Map.of("from", from, "batch", (long) batch));
          ResultSet r = next.executeQuery()) {
        r.next();
        long value = r.getLong(1);
        if (!r.wasNull()) {
          upto = value;
        }
      }
      if (upto == null) {
        break;
      }
      try (PreparedStatement update = prepare(statements.get(1), Map.of("from", from, "upto", upto))) {
        update.executeUpdate();
      }
      from = upto + 1;
      batches++;
    }
    assertThat(batches).isGreaterThan(1);
  }

  private PreparedStatement prepare(String sql, Map<String, Long> values) throws SQLException {
    List<String> names = new ArrayList<>();
    Matcher m = PARAMETER.matcher(sql);
    while (m.find()) {
      names.add(m.group(1));
    }
    PreparedStatement statement = db.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"));
    for (int i = 0; i < names.size(); i++) {
      assertWithMessage("parameter :%s of %s", names.get(i), sql).that(values).containsKey(names.get(i));
      statement.setLong(i + 1, values.get(names.get(i)));
    }
    return statement;
  }

  /**
   * Hibernate's own schema validation of a release's entities against the migrated schema:
   * compiles the release's sources (without Accordion's processor) and loads them.
   */
  private void hibernateValidates(String release, String... entities) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes-" + release));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean compiled = javac.getTask(null, null, null,
            List.of("-proc:none", "-classpath", System.getProperty("java.class.path"), "-d",
                classes.toString()),
            null, Resources.release(release))
        .call();
    assertThat(compiled).isTrue();
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      Configuration configuration = new Configuration();
      for (String entity : entities) {
        configuration.addAnnotatedClass(loader.loadClass(entity));
      }
      // The user and password are in the URL.
      configuration.setProperty(AvailableSettings.JAKARTA_JDBC_URL, server.url());
      configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
      if (postgres) {
        configuration.setProperty(AvailableSettings.DEFAULT_SCHEMA, schema);
      }
      try (SessionFactory factory = configuration.buildSessionFactory()) {
        assertThat(factory.isOpen()).isTrue();
      }
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  // ---- what differs between the servers in this test's own SQL

  /** The name the database keeps for an identifier Hibernate writes unquoted. */
  private String stored(String identifier) {
    return postgres ? identifier.toLowerCase(Locale.ROOT) : identifier;
  }

  private String q(String identifier) {
    return postgres ? "\"" + stored(identifier) + "\"" : "`" + identifier + "`";
  }

  private String bool(boolean value) {
    return postgres ? String.valueOf(value) : value ? "1" : "0";
  }

  /** PostgreSQL runs a ddl section in one transaction; MariaDB commits each statement. */
  private boolean transactionalDdl() {
    return postgres;
  }

  /** The SQL expression naming the schema the connection works in. */
  private String currentSchema() {
    return postgres ? "current_schema()" : "database()";
  }

  // ---- small helpers

  private void setWhere(String assignments, String title) throws SQLException {
    execute("UPDATE " + q("Post") + " SET " + assignments + " WHERE " + q("title") + " = '" + title
        + "'");
  }

  /** published:status of a post, {@code -} for NULL, published as 1/0. */
  private String row(String title) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT " + q("published") + ", " + q("status")
        + " FROM " + q("Post") + " WHERE " + q("title") + " = ?")) {
      s.setString(1, title);
      try (ResultSet r = s.executeQuery()) {
        assertWithMessage("post %s", title).that(r.next()).isTrue();
        boolean published = r.getBoolean(1);
        String old = r.wasNull() ? "-" : published ? "1" : "0";
        String status = r.getString(2);
        return old + ":" + (status == null ? "-" : status);
      }
    }
  }

  private List<String> profiles(String where) throws SQLException {
    return strings("SELECT CONCAT(COALESCE(" + q("bio") + ", '-'), '|', COALESCE(" + q("biography")
        + ", '-')) FROM " + q("Profile") + " WHERE " + where + " ORDER BY " + q("id"));
  }

  private List<String> triggersOn(String table) throws SQLException {
    return strings("SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = "
        + currentSchema() + " AND event_object_table = '" + stored(table) + "'");
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
