package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import dev.accordion.Transitions;
import dev.accordion.testing.HibernateDifferences;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * One reshaping's lifecycle on one database, the steps a team takes: three releases of the
 * entity under {@code src/test/resources/reshapings/<name>}, compiled with the processor into
 * one migrations directory; rows seeded by release 1; writers of two releases at once while a
 * release's migrations run; the schema checked against Hibernate after each release; and at the
 * end every row, read by the last release, holding what was last written to it.
 */
final class Reshaping implements AutoCloseable {

  static final Path SOURCES = Path.of("src/test/resources/reshapings");

  private final String name;
  private final String entity;
  private final TestDatabase database;
  private final Path temp;
  private final TestDatabase.Fresh fresh;
  private final Path migrations;
  private final DataSource migrator;
  private final DataSource writers;
  /** Row id to the canonical value it must end with. */
  private final Map<Long, String> expected = new ConcurrentHashMap<>();
  private final List<SessionFactory> open = new ArrayList<>();
  /** Tables the releases being rolled out no longer map but older ones still use. */
  private final java.util.Set<String> keptDuringRollout = new java.util.TreeSet<>();
  /** Whether release 2's writer starts only once its migrate returned, not during a backfill. */
  private boolean release2WaitsForMigrate;
  private Release lastCompiled;

  Reshaping(String name, String entity, TestDatabase database, Path temp) throws SQLException {
    this.name = name;
    this.entity = entity;
    this.database = database;
    this.temp = temp;
    this.fresh = database.fresh(temp);
    this.migrations = temp.resolve("migrations");
    this.migrator = fresh.dataSource();
    this.writers = fresh.writerDataSource();
  }

  /** Compiles release {@code number}, adding its migrations; the build time is day {@code number}. */
  Release compile(int number) throws Exception {
    return lastCompiled = Release.compile(name + "-release" + number,
        SOURCES.resolve(name).resolve("release" + number), migrations,
        "2026010" + number + "120000", temp.resolve("build"));
  }

  Accordion.Builder accordion() {
    return Accordion.builder()
        .dataSource(migrator)
        .directory(migrations)
        .batchSizeOverride(250)
        .backfillPause(Duration.ofMillis(2));
  }

  Path migrations() {
    return migrations.resolve(database.folder());
  }

  DataSource dataSource() {
    return migrator;
  }

  TestDatabase database() {
    return database;
  }

  /** This database's migration files, sorted. */
  List<String> migrationFiles() throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(migrations())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Session factories are closed with the reshaping. */
  SessionFactory sessions(Release release) {
    SessionFactory sessions = release.sessionFactory(writers, database.hibernateDialect(), "none");
    open.add(sessions);
    return sessions;
  }

  /** {@code rows} rows written by {@code release}'s code, in one transaction. */
  void seed(Release release, Mapping mapping, int rows) throws Exception {
    try (SessionFactory sessions = release.sessionFactory(migrator, database.hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Map<Long, String> seeded = seed(session, release, entity, mapping, rows, new Random(7));
      transaction.commit();
      expected.putAll(seeded);
    }
  }

  /**
   * The same in {@code session}'s transaction, for any entity with a label: row id to the
   * canonical value written.
   */
  static Map<Long, String> seed(Session session, Release release, String entity, Mapping mapping,
      int rows, Random random) throws Exception {
    List<Object> seeded = new ArrayList<>();
    List<String> values = new ArrayList<>();
    Map<Long, String> byId = new TreeMap<>();
    ReshapingRelease code = new ReshapingRelease(release);
    for (int i = 1; i <= rows; i++) {
      Object row = code.create(entity, "row " + i);
      values.add(mapping.write(row, random));
      session.persist(row);
      seeded.add(row);
      if (i % 500 == 0 || i == rows) {
        session.flush();
        for (int j = 0; j < seeded.size(); j++) {
          byId.put(code.id(seeded.get(j)), values.get(j));
        }
        seeded.clear();
        values.clear();
        session.clear();
      }
    }
    return byId;
  }

  /** A writer of {@code release} owning the rows whose id has parity {@code parity}. */
  EntityWriter writer(Release release, SessionFactory sessions, Mapping mapping, int parity) {
    List<Long> owned = expected.keySet().stream().filter(id -> id % 2 == parity).sorted().toList();
    return new EntityWriter(release, entity, sessions, mapping, expected, owned,
        31L * release.name().hashCode() + parity);
  }

  /** Creates the writer of one release that owns the rows whose id has parity {@code parity}. */
  interface WriterFactory {
    WriterThread create(Release release, int parity);
  }

  /** What a test checks of a release once its migrations ran and the writers stopped. */
  interface ReleaseCheck {
    /** {@code previous} wrote beside {@code release} while its migrations ran. */
    void check(Release previous, Release release) throws Exception;
  }

  /** {@link #expandAndContract(WriterFactory, ReleaseCheck)}, checking nothing more. */
  List<Release> expandAndContract(WriterFactory writers) throws Exception {
    return expandAndContract(writers, (previous, release) -> { });
  }

  /**
   * The expand-and-contract rollout of releases 2 and 3, with writers of two releases at once:
   * release 1 writes even rows while release 2's expands run (release 2 writing odd rows from
   * the first batch of its last expand on, once all its columns exist); then release 2 keeps
   * writing while release 3 boots with its contracts deferred, and the contracts run by
   * {@code complete} once release 2 is retired. Returns releases 2 and 3. The schema is checked
   * after each release, then {@code checks}.
   */
  List<Release> expandAndContract(WriterFactory writers, ReleaseCheck checks) throws Exception {
    Release release1 = lastCompiled;
    Release release2 = compile(2);
    WriterThread old = writers.create(release1, 0);
    WriterThread current = writers.create(release2, 1);
    old.start();
    String lastExpand = lastExpandOf(release2);
    StatusReport expanded = accordion()
        .afterBatch(progress -> {
          if (progress.transition().equals(lastExpand) && !release2WaitsForMigrate) {
            current.start();
          }
        })
        .build()
        .migrate();
    current.start();
    Thread.sleep(300);
    assertTrue(old.stop() > 0, "release 1 kept writing");
    assertTrue(current.stop() > 0, "release 2 kept writing");
    assertTrue(expanded.appliedByThisCall().size() > 0, expanded.render());
    for (var migration : expanded.appliedByThisCall()) {
      if ("expand".equals(migration.kind())) {
        assertTrue(Transitions.readsNew(migration.transition()),
            migration.transition() + " verified: " + expanded.render());
      }
    }
    assertMatchesHibernate(release2);
    checks.check(release1, release2);

    Release release3 = compile(3);
    WriterThread retiring = writers.create(release2, 1);
    WriterThread newest = writers.create(release3, 0);
    retiring.start();
    newest.start();
    StatusReport deferred = accordion().contractsAtBoot(false).build().migrate();
    assertTrue(deferred.pending().size() > 0, deferred.render());
    Thread.sleep(300);
    assertTrue(retiring.stop() > 0, "release 2 kept writing until retired");
    StatusReport completed = accordion().build().complete();
    assertEquals(deferred.pending().size(), completed.appliedByThisCall().size(), completed.render());
    Thread.sleep(100);
    assertTrue(newest.stop() > 0, "release 3 kept writing through the contracts");
    assertMatchesHibernate(release3);
    checks.check(release2, release3);
    return List.of(release2, release3);
  }

  /** The rollout with {@link EntityWriter}s writing the reshaped fields as {@code mapping} says. */
  List<Release> expandAndContract(Function<Release, Mapping> mapping) throws Exception {
    return expandAndContract(
        (release, parity) -> writer(release, sessions(release), mapping.apply(release), parity));
  }

  /** The transition of the last expand migration {@code release} added. */
  private String lastExpandOf(Release release) throws java.io.IOException {
    String day = release.name().substring(release.name().length() - 1);
    String last = null;
    for (String file : migrationFiles()) {
      if (file.startsWith("V2026010" + day) && file.contains("__expand_")) {
        String header = java.nio.file.Files.readAllLines(migrations().resolve(file)).get(0);
        last = header.substring(header.indexOf("transition=") + "transition=".length()).strip();
      }
    }
    if (last == null) {
      throw new IllegalStateException(release.name() + " added no expand");
    }
    return last;
  }

  /** Rewrites the expected value of every row for which it is {@code from}. */
  void expectReplaced(String from, String to) {
    expected.replaceAll((id, value) -> value.equals(from) ? to : value);
  }

  /**
   * {@code table} stays while older releases run (the old name of a renamed table): the
   * SQLite schema check, which compares every table, leaves it out.
   */
  void keepsDuringRollout(String table) {
    keptDuringRollout.add(table);
  }

  /**
   * Release 2's writer starts when its migrate returns, as an application booting with
   * Accordion does, instead of from the first backfill batch on: for a reshaping whose new side
   * is complete only once the backfill is (a renamed table's copy on SQLite).
   */
  void release2WaitsForMigrate() {
    release2WaitsForMigrate = true;
  }

  void assertMatchesHibernate(Release release) throws SQLException {
    HibernateSchema.assertMatches(release, database, migrator, temp, keptDuringRollout);
  }

  /**
   * An instance of {@code previous}, the release before the one just migrated, restarting: its
   * Hibernate validates the schema, where Hibernate can judge it.
   */
  void assertRestarts(Release previous) {
    if (HibernateDifferences.hibernateValidates(database)) {
      previous.sessionFactory(migrator, database.hibernateDialect(), "validate").close();
    }
  }

  /** Every row, read by {@code release}'s Hibernate mapping, holds what was last written to it. */
  void assertEveryRowAsLastWritten(Release release, Mapping mapping, int seeded) throws Exception {
    Map<Long, String> actual = new TreeMap<>();
    try (SessionFactory sessions = release.sessionFactory(migrator, database.hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      ReshapingRelease code = new ReshapingRelease(release);
      for (Object row : session.createQuery("from " + entity, release.type(entity)).list()) {
        actual.put(code.id(row), mapping.read(row));
      }
    }
    assertSameRows(name + " on " + database, expected, actual);
    assertTrue(expected.size() > seeded, "the writers inserted rows too");
  }

  /**
   * Row by row, every expected row found with its value and no other row, reporting the first
   * rows that differ rather than two large maps.
   */
  static void assertSameRows(String what, Map<Long, String> expected, Map<Long, String> actual) {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<Long, String> row : new TreeMap<>(expected).entrySet()) {
      if (!actual.containsKey(row.getKey())) {
        differences.add("row " + row.getKey() + " lost (expected " + row.getValue() + ")");
      } else if (!row.getValue().equals(actual.get(row.getKey()))) {
        differences.add("row " + row.getKey() + ": expected " + row.getValue() + ", found "
            + actual.get(row.getKey()));
      }
    }
    actual.keySet().stream().filter(id -> !expected.containsKey(id))
        .forEach(id -> differences.add("row " + id + " unexpected: " + actual.get(id)));
    assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())),
        what + ": " + differences.size() + " of " + expected.size() + " rows differ");
  }

  void execute(String sql) throws SQLException {
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    open.forEach(SessionFactory::close);
    fresh.close();
  }
}
