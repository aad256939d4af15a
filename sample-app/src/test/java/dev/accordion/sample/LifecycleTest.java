package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.AccordionException;
import dev.accordion.BackfillProgress;
import dev.accordion.StatusReport;
import dev.accordion.Transitions;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole lifecycle, as a team ships it, on SQLite, PostgreSQL and MariaDB: three releases of
 * the seeds' entities (before; expand of Post.published to Post.status with a value map and of
 * Profile.bio to Profile.biography; contract), each compiled with the processor into one
 * migrations directory and applied to a database holding 10,000 rows of each, while an instance
 * of the previous release and one of the new release keep writing.
 */
class LifecycleTest {

  private static final int SEEDED_ROWS = 10_000;

  @TempDir Path temp;
  private TestDatabase database;
  private TestDatabase.Fresh fresh;
  private Path migrations;
  private DataSource migrator;
  private DataSource writers;

  private void open(TestDatabase database) throws SQLException {
    this.database = database;
    fresh = database.fresh(temp);
    migrations = temp.resolve("migrations");
    migrator = fresh.dataSource();
    writers = fresh.writerDataSource();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    if (fresh != null) {
      fresh.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void threeReleasesWithOldAndNewWritersLoseNoRow(TestDatabase database) throws Exception {
    open(database);
    Release release1 = compile(1);
    assertEquals(List.of("V20260101120000_1__baseline.sql"), migrationFiles());
    assertEquals(List.of("mysql", "postgresql", "schema.json", "sqlite"), listing(migrations));
    accordion().build().migrate();
    assertMatchesHibernate(release1);
    Writer.Expected expected = seed();

    // Release 2: both expands, while release 1 keeps writing even rows and release 2 odd ones.
    Release release2 = compile(2);
    assertEquals(
        List.of(
            "V20260101120000_1__baseline.sql",
            "V20260102120000_1__expand_Post_status.sql",
            "V20260102120000_2__expand_Profile_biography.sql"),
        migrationFiles());
    try (SessionFactory oldSessions = release1.sessionFactory(writers, database.hibernateDialect(), "none");
        SessionFactory newSessions = release2.sessionFactory(writers, database.hibernateDialect(), "none")) {
      Writer old = writer(release1, 1, oldSessions, expected, 0);
      Writer current = writer(release2, 2, newSessions, expected, 1).postsOnly();
      old.start();
      StatusReport report =
          accordion()
              .afterBatch(
                  progress -> {
                    // Release 2 writes posts while their backfill runs, and profiles once the
                    // profile expand has added its column.
                    if ("Post.status".equals(progress.transition())) {
                      current.start();
                    } else if ("Profile.biography".equals(progress.transition())) {
                      current.allowProfiles();
                    }
                  })
              .build()
              .migrate();
      assertTrue(current.started(), "the release 2 writer ran during the backfill");
      Thread.sleep(300);
      assertTrue(old.stop() > 0, "release 1 kept writing");
      assertTrue(current.stop() > 0, "release 2 kept writing");
      assertEquals(2, report.appliedByThisCall().size(), report.render());
      assertTrue(Transitions.readsNew("Post.status"), report.render());
      assertTrue(Transitions.readsNew("Profile.biography"), report.render());
    }
    assertMatchesHibernate(release2);
    assertEquals(0, mismatches("Post", "status", "published"));

    // Release 3: contracts. Release 2 keeps writing until it is retired; then `complete`.
    Release release3 = compile(3);
    try (SessionFactory oldSessions = release2.sessionFactory(writers, database.hibernateDialect(), "none");
        SessionFactory newSessions = release3.sessionFactory(writers, database.hibernateDialect(), "none")) {
      Writer old = writer(release2, 2, oldSessions, expected, 1);
      Writer current = writer(release3, 3, newSessions, expected, 0);
      old.start();
      current.start();
      StatusReport deferred = accordion().contractsAtBoot(false).build().migrate();
      assertEquals(2, deferred.pending().size(), deferred.render());
      Thread.sleep(300);
      assertTrue(old.stop() > 0, "release 2 kept writing until retired");
      StatusReport completed = accordion().build().complete();
      assertEquals(2, completed.appliedByThisCall().size(), completed.render());
      Thread.sleep(100);
      assertTrue(current.stop() > 0, "release 3 kept writing through the contract");
    }
    assertMatchesHibernate(release3);
    assertEveryRowAsLastWritten(expected);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anEntityLoadedBeforeTheBackfillAndSavedAfterItLosesNothing(TestDatabase database) throws Exception {
    open(database);
    compile(1);
    accordion().build().migrate();
    seed();
    Release release2 = compile(2);
    long lastRow = SEEDED_ROWS;
    Map<String, Object> loaded = new HashMap<>();
    try (SessionFactory sessions = release2.sessionFactory(writers, database.hibernateDialect(), "none")) {
      accordion()
          .afterBatch(
              progress -> {
                // Loaded while its backfill has not reached the last row: the new column is NULL.
                String entity = progress.transition().substring(0, progress.transition().indexOf('.'));
                if (progress.batch() == 1) {
                  try (var session = sessions.openSession()) {
                    loaded.put(entity, session.find(release2.type(entity), lastRow));
                  }
                }
              })
          .build()
          .migrate();
      assertTrue(loaded.containsKey("Post") && loaded.containsKey("Profile"), loaded.toString());
      try (var session = sessions.openSession()) {
        var transaction = session.beginTransaction();
        Object post = loaded.get("Post");
        new LifecycleRelease2(release2).setTitle(post, "edited in a web form");
        session.merge(post); // writes status = NULL, as loaded
        session.merge(loaded.get("Profile")); // writes biography = NULL, as loaded
        transaction.commit();
      }
    }
    assertEquals(
        "Unknown|false",
        row("SELECT status, CASE WHEN published THEN 'true' ELSE 'false' END FROM Post WHERE id = " + lastRow));
    assertEquals(
        "Bio 10000|Bio 10000", row("SELECT biography, bio FROM Profile WHERE id = " + lastRow));
    assertEquals(0, mismatches("Post", "status", "published"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aKilledBackfillResumesWithoutRedoingFinishedBatches(TestDatabase database) throws Exception {
    open(database);
    compile(1);
    accordion().build().migrate();
    seed();
    compile(2);
    RuntimeException killed = new RuntimeException("killed between batches");
    AtomicInteger firstRun = new AtomicInteger();
    Exception failure =
        assertThrows(
            Exception.class,
            () ->
                accordion()
                    .batchSizeOverride(500)
                    .afterBatch(
                        progress -> {
                          if (firstRun.incrementAndGet() == 3) {
                            throw killed;
                          }
                        })
                    .build()
                    .migrate());
    assertTrue(causedBy(failure, killed), "the injected failure stopped the run: " + failure);
    assertTrue(count("SELECT COUNT(*) FROM Post WHERE status IS NULL") > 0, "backfill unfinished");

    Map<String, List<BackfillProgress>> resumed = new HashMap<>();
    StatusReport report =
        accordion()
            .batchSizeOverride(500)
            .afterBatch(p -> resumed.computeIfAbsent(p.transition(), t -> new ArrayList<>()).add(p))
            .build()
            .migrate();
    // 10,000 rows in batches of 500 is 20 batches; 3 were committed before the kill.
    assertEquals(17, resumed.get("Post.status").size(), report.render());
    assertEquals(20, resumed.get("Profile.biography").size(), report.render());
    assertEquals(0, count("SELECT COUNT(*) FROM Post WHERE status IS NULL"));
    assertEquals(0, mismatches("Post", "status", "published"));
    assertTrue(Transitions.readsNew("Post.status"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void editingAnAppliedMigrationStopsTheNextBoot(TestDatabase database) throws Exception {
    open(database);
    compile(1);
    accordion().build().migrate();
    Path baseline = migrations.resolve(database.folder()).resolve("V20260101120000_1__baseline.sql");
    String text = Files.readString(baseline);

    Files.writeString(baseline, text.replace("\n", "\r\n"));
    accordion().build().migrate(); // line endings alone are no change

    Files.writeString(baseline, text + "CREATE TABLE \"Sneaky\" (\"id\" integer);\n");
    AccordionException error = assertThrows(AccordionException.class, () -> accordion().build().migrate());
    assertTrue(
        error.getMessage().contains("V20260101120000_1__baseline.sql"),
        "the error names the file: " + error.getMessage());
    assertTrue(!tableExists("Sneaky") && !tableExists("sneaky"), "the edited migration did not run");
  }

  // ---- steps

  private Release compile(int release) throws Exception {
    return Releases.compile(release, migrations, temp.resolve("build"));
  }

  private Accordion.Builder accordion() {
    return Accordion.builder()
        .dataSource(migrator)
        .directory(migrations)
        .batchSizeOverride(250)
        .backfillPause(Duration.ofMillis(2));
  }

  private List<String> migrationFiles() throws Exception {
    return listing(migrations.resolve(database.folder()));
  }

  private static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** 10,000 posts and profiles as release 1 wrote them; returns what each must become. */
  private Writer.Expected seed() throws SQLException {
    Writer.Expected expected = new Writer.Expected();
    try (Connection connection = migrator.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement post =
              connection.prepareStatement(
                  "INSERT INTO Post (title, content, published) VALUES (?, ?, ?)");
          PreparedStatement profile =
              connection.prepareStatement("INSERT INTO Profile (bio) VALUES (?)")) {
        for (int i = 1; i <= SEEDED_ROWS; i++) {
          boolean published = i % 3 == 0;
          post.setString(1, "Post " + i);
          post.setString(2, "Content " + i);
          post.setBoolean(3, published);
          post.addBatch();
          profile.setString(1, "Bio " + i);
          profile.addBatch();
          expected.postStatus().put((long) i, published ? "Published" : "Unknown");
          expected.profileBiography().put((long) i, "Bio " + i);
        }
        post.executeBatch();
        profile.executeBatch();
      }
      connection.commit();
    }
    return expected;
  }

  private Writer writer(Release release, int number, SessionFactory sessions,
      Writer.Expected expected, int parity) {
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= SEEDED_ROWS; id++) {
      if (id % 2 == parity) {
        ids.add(id);
      }
    }
    return new Writer(release, number, sessions, expected, ids, ids, 31L * number + parity);
  }

  // ---- checks

  private void assertMatchesHibernate(Release release) throws SQLException {
    HibernateSchema.assertMatches(release, database, migrator, temp, java.util.Set.of());
  }

  private void assertEveryRowAsLastWritten(Writer.Expected expected) throws SQLException {
    Reshaping.assertSameRows("Post.status", expected.postStatus(),
        column("SELECT id, status FROM Post"));
    Reshaping.assertSameRows("Profile.biography", expected.profileBiography(),
        column("SELECT id, biography FROM Profile"));
    assertTrue(expected.postStatus().size() > SEEDED_ROWS, "writers inserted posts too");
  }

  private Map<Long, String> column(String sql) throws SQLException {
    Map<Long, String> values = new HashMap<>();
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        values.put(rs.getLong(1), rs.getString(2));
      }
    }
    return values;
  }

  /** Rows whose published and status disagree (the map: Published iff true). */
  private long mismatches(String table, String newColumn, String oldColumn) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM " + table + " WHERE (" + newColumn + " IS NULL) <> (" + oldColumn
            + " IS NULL) OR (" + newColumn + " = 'Published') <> (" + oldColumn + " = TRUE)");
  }

  /** The first row's columns, joined with '|'. */
  private String row(String sql) throws SQLException {
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        values.add(rs.getString(i));
      }
      return String.join("|", values);
    }
  }

  private boolean tableExists(String name) throws SQLException {
    try (Connection connection = migrator.getConnection();
        ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
      return tables.next();
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean causedBy(Throwable error, Throwable cause) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t == cause) {
        return true;
      }
    }
    return false;
  }

}
