package dev.accordion;

import static dev.accordion.AccordionSqlite.BASELINE;
import static dev.accordion.AccordionSqlite.CONTRACT;
import static dev.accordion.AccordionSqlite.EXPAND;
import static dev.accordion.AccordionSqlite.EXPAND_VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instances booting at once, each with its own connection: every migration applies once. */
class ConcurrentMigrateTest {

  private static final int INSTANCES = 4;

  @TempDir Path folder;

  @Test
  void fromAnEmptyDatabase() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND, CONTRACT);

    List<StatusReport> reports = bootAtOnce(db, new AtomicInteger());

    assertEquals(3, reports.stream().mapToInt(r -> r.appliedByThisCall().size()).sum());
    assertEquals(3, db.appliedVersions().size());
    assertFalse(db.columnExists("Profile", "bio"));
  }

  @Test
  void withABackfillToShare() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.seedProfiles(10_000);
    db.stage(EXPAND, CONTRACT);
    AtomicInteger batches = new AtomicInteger();

    List<StatusReport> reports = bootAtOnce(db, batches);

    assertEquals(2, reports.stream().mapToInt(r -> r.appliedByThisCall().size()).sum());
    assertEquals(100, batches.get(), "no batch done twice");
    assertEquals(10_000, ((Number) db.history(EXPAND_VERSION).get("backfill_rows")).intValue());
    assertEquals(0, db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"biography\" IS NULL"));
    assertFalse(db.columnExists("Profile", "bio"));
  }

  private static List<StatusReport> bootAtOnce(AccordionSqlite db, AtomicInteger batches)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(INSTANCES);
    ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
    try {
      List<Future<StatusReport>> boots = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        Callable<StatusReport> boot = () -> {
          Accordion accordion = db.accordion().afterBatch(p -> batches.incrementAndGet()).build();
          start.await();
          return accordion.migrate();
        };
        boots.add(pool.submit(boot));
      }
      List<StatusReport> reports = new ArrayList<>();
      for (Future<StatusReport> boot : boots) {
        reports.add(boot.get(2, TimeUnit.MINUTES));
      }
      return reports;
    } finally {
      pool.shutdownNow();
    }
  }
}
