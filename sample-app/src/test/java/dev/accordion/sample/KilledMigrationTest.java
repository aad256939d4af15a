package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An instance killed with SIGKILL at a random point of a migrate that backfills 200,000 rows per
 * transition (DDL, backfill batches, verification, history writes): the next boot finishes, and
 * every row is verified, none lost, none backfilled twice. Trials: {@code -Daccordion.killTrials}
 * (default 4, each run at new random points; raise it for a soak) per database, after a first
 * run uninterrupted that measures where to place the kills.
 */
class KilledMigrationTest {

  private static final int ROWS = 200_000;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void killedAtRandomPointsTheNextBootFinishes(TestDatabase database) throws Exception {
    Path migrations = temp.resolve("migrations");
    Releases.compile(1, migrations, temp.resolve("build"));
    Releases.compile(2, migrations, temp.resolve("build"));
    int trials = Integer.getInteger("accordion.killTrials", 4);
    long seed = Long.getLong("accordion.killSeed", System.nanoTime());
    Random random = new Random(seed);
    long uninterruptedMillis = 0;
    for (int trial = 0; trial <= trials; trial++) {
      try (TestDatabase.Fresh fresh = database.fresh(temp)) {
        Accordion.builder().dataSource(fresh.dataSource()).directory(migrations)
            .target(Releases.BASELINE).build().migrate();
        Releases.seed(fresh.dataSource(), database, ROWS);

        Path log = temp.resolve(database + "-trial-" + trial + ".log");
        long start = System.nanoTime();
        Process instance = ChildJvm.cli(log, "migrate", "--url", fresh.url(), "--dir", migrations.toString());
        String what;
        if (trial == 0) {
          assertTrue(instance.waitFor(10, TimeUnit.MINUTES));
          assertEquals(0, instance.exitValue(), Files.readString(log));
          uninterruptedMillis = (System.nanoTime() - start) / 1_000_000;
          what = "uninterrupted run of " + uninterruptedMillis + " ms";
        } else {
          long killAt = 1 + (long) (random.nextDouble() * uninterruptedMillis);
          Thread.sleep(killAt);
          instance.destroyForcibly(); // SIGKILL
          instance.waitFor();
          what = "killed after " + killAt + " ms (seed " + seed + ")";
        }

        StatusReport report = Accordion.builder().dataSource(fresh.dataSource())
            .directory(migrations).build().migrate();
        String context = database + " trial " + trial + ", " + what + "\n" + report.render()
            + "\n" + Files.readString(log);
        for (StatusReport.Migration migration : report.migrations()) {
          if (migration.kind().equals("expand")) {
            assertEquals(0, migration.verification().mismatches(), context);
            assertEquals(ROWS, migration.backfill().rows(), "each row backfilled once: " + context);
          }
        }
        assertTrue(report.pending().isEmpty(), context);
        assertEquals(0, Releases.mismatchedOrMissing(fresh.dataSource(), ROWS), context);
      }
    }
  }
}
