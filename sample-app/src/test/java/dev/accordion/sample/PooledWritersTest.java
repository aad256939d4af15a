package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instances of each release on PostgreSQL behind a HikariCP pool, as applications run: the
 * pool keeps its connections, so pgjdbc prepares each statement on the server after its fifth
 * run on a connection, and PostgreSQL refuses to run a prepared statement again once DDL
 * reshaped its result ("cached plan must not change result type"). Release 1 writes through
 * release 2's expands, release 3 through the contracts; each instance inserts, updates, finds by
 * id and queries a page of posts and profiles. Accordion migrates through the booting release's
 * pool, as an application passes it its data source.
 */
class PooledWritersTest {

  private static final int SEEDED = 1_000;
  /** Enough writes that every statement of a writer ran more than five times on its connection. */
  private static final int WARM = 80;

  @TempDir Path temp;
  private final Logger accordionLog = Logger.getLogger("dev.accordion");
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final Handler warningHandler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        warnings.add(record.getMessage());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureWarnings() {
    accordionLog.addHandler(warningHandler);
  }

  @AfterEach
  void stopCapturing() {
    accordionLog.removeHandler(warningHandler);
  }

  /** The failed statements of each phase's writer, by error and statement, with their counts. */
  private record Failures(Map<String, Integer> expand, Map<String, Integer> contract) {}

  /**
   * With pgjdbc's {@code autosave=conservative} the driver sets a savepoint before each
   * statement that returns rows in a transaction, and on this error prepares the statement
   * again and retries it: no write of any release fails, and the boot has nothing to warn of.
   */
  @Test
  void withAutosaveConservativeNoPooledWriterOfAnyReleaseSeesAnError() throws Exception {
    Failures failures = rollout(Map.of("autosave", "conservative"));

    assertEquals(Map.of(), failures.expand(), "release 1 during the expands");
    assertEquals(Map.of(), failures.contract(), "release 3 during the contracts");
    assertEquals(List.of(), warnings);
  }

  /**
   * With the driver's defaults ({@code autosave=never}, {@code prepareThreshold=5}) the writes
   * that fail are exactly the inserts: Hibernate reads an IDENTITY id with
   * {@code getGeneratedKeys} and no column names, which pgjdbc sends as
   * {@code INSERT ... RETURNING *}, whose result grows with an added column and shrinks with a
   * dropped one. Hibernate's selects name their columns and keep working. No DDL that adds or
   * drops a column avoids it, so each boot with such migrations pending says which setting does.
   */
  @Test
  void withTheDriversDefaultsThePooledInsertsFailAndTheBootNamesTheSetting() throws Exception {
    Failures failures = rollout(Map.of());

    assertOnlyInsertsRefused(failures.expand(), "release 1 during the expands");
    assertOnlyInsertsRefused(failures.contract(), "release 3 during the contracts");
    // Release 2's boot (the expands), release 3's (contracts pending) and complete.
    assertEquals(3, warnings.size(), warnings.toString());
    for (String warning : warnings) {
      assertTrue(warning.contains("autosave=never and prepareThreshold=5"), warning);
      assertTrue(warning.contains("Set autosave=conservative"), warning);
    }
  }

  private static void assertOnlyInsertsRefused(Map<String, Integer> failed, String phase) {
    assertFalse(failed.isEmpty(), phase + ": the driver's defaults fail a pooled insert");
    for (String statement : failed.keySet()) {
      assertTrue(statement.startsWith(
          "ERROR: cached plan must not change result type on: insert into "), phase + ": " + failed);
    }
  }

  /**
   * Release 1 writes through release 2's expands; release 2 and 3 write while release 3 boots
   * with its contracts deferred; release 2 is retired and release 3 writes through
   * {@code complete}, run by an operator on a pool of its own (run on release 3's pool, it could
   * borrow the writer's warm connection and leave it a cold one). Every pool has {@code driver}
   * as its data source properties.
   */
  private Failures rollout(Map<String, String> driver) throws Exception {
    TestDatabase database = TestDatabase.POSTGRESQL;
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      Path migrations = temp.resolve("migrations");
      Path build = temp.resolve("build");
      Release release1 = Releases.compile(1, migrations, build);
      accordion(fresh.dataSource(), migrations).build().migrate();
      Releases.seed(fresh.dataSource(), database, SEEDED);
      Release release2 = Releases.compile(2, migrations, build);
      try (HikariDataSource pool1 = pool(fresh, driver);
          SessionFactory sessions1 = release1.sessionFactory(pool1, database.hibernateDialect(), "none");
          HikariDataSource pool2 = pool(fresh, driver);
          SessionFactory sessions2 = release2.sessionFactory(pool2, database.hibernateDialect(), "none")) {
        PooledWriter old = new PooledWriter(release1, 1, sessions1, 1, SEEDED / 2);
        old.start();
        awaitWarm(old);
        StatusReport expanded = accordion(pool2, migrations).build().migrate();
        assertEquals(2, expanded.appliedByThisCall().size(), expanded.render());
        PooledWriter current = new PooledWriter(release2, 2, sessions2, SEEDED / 2 + 1, SEEDED);
        current.start();
        awaitWarm(current);
        old.stop();

        Release release3 = Releases.compile(3, migrations, build);
        try (HikariDataSource pool3 = pool(fresh, driver);
            SessionFactory sessions3 = release3.sessionFactory(pool3, database.hibernateDialect(), "none")) {
          StatusReport deferred = accordion(pool3, migrations).contractsAtBoot(false).build().migrate();
          assertEquals(2, deferred.pending().size(), deferred.render());
          PooledWriter newest = new PooledWriter(release3, 3, sessions3, 1, SEEDED / 2);
          newest.start();
          awaitWarm(newest);
          assertEquals(Map.of(), current.failedStatements(), "release 2 while nothing changed");
          current.stop();
          StatusReport completed;
          try (HikariDataSource operator = pool(fresh, driver)) {
            completed = accordion(operator, migrations).build().complete();
          }
          assertEquals(2, completed.appliedByThisCall().size(), completed.render());
          int before = newest.writes();
          while (newest.writes() < before + WARM) {
            Thread.sleep(10);
          }
          newest.stop();
          return new Failures(old.failedStatements(), newest.failedStatements());
        }
      }
    }
  }

  private static void awaitWarm(PooledWriter writer) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (writer.writes() < WARM && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(writer.writes() >= WARM, "the writer made " + writer.writes() + " writes");
  }

  /** A pool of two connections, as an application's, with {@code driver} as pgjdbc properties. */
  private static HikariDataSource pool(TestDatabase.Fresh fresh, Map<String, String> driver) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(fresh.url());
    config.setMaximumPoolSize(2);
    driver.forEach(config::addDataSourceProperty);
    return new HikariDataSource(config);
  }

  private static Accordion.Builder accordion(javax.sql.DataSource dataSource, Path migrations) {
    return Accordion.builder()
        .dataSource(dataSource)
        .directory(migrations)
        .batchSizeOverride(250)
        .backfillPause(Duration.ofMillis(2));
  }
}
