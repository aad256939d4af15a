package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.AccordionException;
import dev.accordion.StatusReport;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enum values changing under live writers: release 1 writes Task.stage as Unknown, Open or Done;
 * release 2 adds Archived and stops writing Unknown (no migration: the column stores names);
 * release 3 removes Unknown. Its boot is refused, with the count of rows still holding Unknown,
 * until they are moved; then it runs beside release 2.
 */
class EnumChangeLifecycleTest {

  private static final int SEEDED = 2_000;

  @TempDir Path temp;

  /** Writes one of {@code names} at random; reads the stage by name. */
  private static Mapping stages(Release release, String... names) {
    TaskRelease tasks = new TaskRelease(release);
    return new Mapping() {
      @Override
      public String write(Object task, Random random) {
        String stage = names[random.nextInt(names.length)];
        tasks.setStage(task, stage);
        return stage;
      }

      @Override
      public String read(Object task) {
        String stage = tasks.stage(task);
        return stage == null ? "null" : stage;
      }
    };
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void removingAValueIsRefusedWhileRowsHoldItAndLosesNothing(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("enum-values", "Task", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      reshaping.seed(release1, stages(release1, "Unknown", "Open", "Done"), SEEDED);

      Release release2 = reshaping.compile(2);
      assertEquals(List.of("V20260101120000_1__baseline.sql"), reshaping.migrationFiles(),
          "adding Archived needs no migration");
      EntityWriter old = reshaping.writer(release1, reshaping.sessions(release1),
          stages(release1, "Unknown", "Open", "Done"), 0);
      EntityWriter current = reshaping.writer(release2, reshaping.sessions(release2),
          stages(release2, "Open", "Done", "Archived"), 1);
      old.start();
      current.start();
      reshaping.accordion().build().migrate();
      Thread.sleep(300);
      assertTrue(old.stop() > 0 && current.stop() > 0, "both releases wrote");
      reshaping.assertMatchesHibernate(release2);

      Release release3 = reshaping.compile(3);
      assertTrue(release3.warnings().stream().anyMatch(w -> w.contains("[ACC507]")),
          release3.warnings().toString());
      // Release 2 is live; release 3 boots, and its migration is refused while rows from
      // release 1 still hold Unknown, which release 3 could not read.
      EntityWriter live = reshaping.writer(release2, reshaping.sessions(release2),
          stages(release2, "Open", "Done", "Archived"), 1);
      live.start();
      long holdingUnknown = reshaping.count("SELECT COUNT(*) FROM Task WHERE stage = 'Unknown'");
      assertTrue(holdingUnknown > 0, "release 1's rows still hold Unknown");
      AccordionException refused =
          assertThrows(AccordionException.class, () -> reshaping.accordion().build().migrate());
      assertTrue(refused.getMessage().contains("its guard found " + holdingUnknown + " rows"),
          refused.getMessage());

      // The operator moves those rows, as the message says. An entity a release-2 request loaded
      // before the fix would write Unknown back when saved, so the fix runs once the requests
      // that were in flight have ended (the writer is stopped, and another starts after it).
      assertTrue(live.stop() > 0, "release 2 wrote");
      reshaping.execute("UPDATE Task SET stage = 'Open' WHERE stage = 'Unknown'");
      reshaping.expectReplaced("Unknown", "Open");
      live = reshaping.writer(release2, reshaping.sessions(release2),
          stages(release2, "Open", "Done", "Archived"), 1);
      live.start();
      StatusReport booted = reshaping.accordion().build().migrate();
      assertEquals(1, booted.appliedByThisCall().size(), booted.render());
      EntityWriter newest = reshaping.writer(release3, reshaping.sessions(release3),
          stages(release3, "Open", "Done", "Archived"), 0);
      newest.start();
      Thread.sleep(300);
      assertTrue(live.stop() > 0 && newest.stop() > 0, "releases 2 and 3 wrote side by side");
      reshaping.assertMatchesHibernate(release3);
      reshaping.assertEveryRowAsLastWritten(release3, stages(release3), SEEDED);
    }
  }
}
