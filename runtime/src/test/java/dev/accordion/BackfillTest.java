package dev.accordion;

import static dev.accordion.TestDatabase.BASELINE;
import static dev.accordion.TestDatabase.EXPAND;
import static dev.accordion.TestDatabase.EXPAND_VERSION;
import static dev.accordion.TestDatabase.TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackfillTest {

  private static final int ROWS = 10_000;
  private static final int BATCHES = ROWS / 100;

  @TempDir Path folder;
  private TestDatabase db;

  /** A database created by the baseline and filled by the old release, then the expand arrives. */
  @BeforeEach
  void baselineWithRows() throws Exception {
    db = new TestDatabase(folder).stage(BASELINE);
    db.migrate();
    db.seedProfiles(ROWS);
    db.stage(EXPAND);
  }

  @Test
  void fillsEveryRowInBatchesAndVerifies() throws Exception {
    List<BackfillProgress> batches = new ArrayList<>();

    StatusReport report = db.accordion().afterBatch(batches::add).build().migrate();

    assertEquals(BATCHES, batches.size());
    assertEquals(new BackfillProgress(EXPAND, TRANSITION, BATCHES, ROWS, "10000"),
        batches.get(BATCHES - 1));
    assertEquals(0, db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"biography\" IS NULL"));
    Map<String, Object> history = db.history(EXPAND_VERSION);
    assertEquals(1, history.get("backfill_done"));
    assertEquals(ROWS, ((Number) history.get("backfill_rows")).intValue());
    assertEquals("10000", history.get("backfill_after"));
    assertEquals(0, history.get("verify_mismatches"));
    assertNotNull(history.get("verified_at"));
    StatusReport.Migration expand = report.migration(EXPAND_VERSION).orElseThrow();
    assertEquals(new StatusReport.Backfill(ROWS, "10000", true), expand.backfill());
    assertTrue(expand.verification().verified());
  }

  @Test
  void aCrashBetweenBatchesResumesAfterTheLastCommittedBatch() throws Exception {
    int crashAfter = 37;
    RuntimeException crash = new RuntimeException("simulated crash");
    List<BackfillProgress> firstRun = new ArrayList<>();

    RuntimeException thrown = assertThrows(RuntimeException.class, () -> db.accordion()
        .afterBatch(progress -> {
          firstRun.add(progress);
          if (firstRun.size() == crashAfter) {
            throw crash;
          }
        })
        .build()
        .migrate());

    assertSame(crash, thrown);
    assertEquals(crashAfter * 100L,
        db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"biography\" IS NOT NULL"));
    Map<String, Object> interrupted = db.history(EXPAND_VERSION);
    assertEquals(0, interrupted.get("backfill_done"));
    assertEquals(String.valueOf(crashAfter * 100), interrupted.get("backfill_after"));
    StatusReport status = db.accordion().build().status();
    assertEquals(new StatusReport.Backfill(crashAfter * 100L, "3700", false),
        status.migration(EXPAND_VERSION).orElseThrow().backfill());
    assertFalse(Transitions.readsNew(TRANSITION), "not verified yet: reads stay on the old column");

    List<BackfillProgress> secondRun = new ArrayList<>();
    db.accordion().afterBatch(secondRun::add).build().migrate();

    assertEquals(BATCHES - crashAfter, secondRun.size());
    assertEquals(crashAfter * 100L + 100, secondRun.get(0).rows(), "the first batch is not redone");
    assertEquals(0, db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"biography\" IS NULL"));
    assertEquals(ROWS, ((Number) db.history(EXPAND_VERSION).get("backfill_rows")).intValue());
    assertEquals(0, db.history(EXPAND_VERSION).get("verify_mismatches"));
    assertTrue(Transitions.readsNew(TRANSITION), "verified: reads move to the new column");
  }

  @Test
  void walksTextKeysFromTheEmptyString() throws Exception {
    db.write("V20260104100000_1__tag.sql", """
        -- accordion:migration kind=schema
        CREATE TABLE "Tag" ("code" TEXT PRIMARY KEY, "label" TEXT);
        """);
    db.migrate();
    db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
        + "INSERT INTO \"Tag\" SELECT printf('t%03d', i), 'label ' || i FROM n");
    db.write("V20260105100000_1__expand_Tag_title.sql", """
        -- accordion:migration kind=expand transition=Tag.title
        -- accordion:ddl
        ALTER TABLE "Tag" ADD COLUMN "title" TEXT;
        -- accordion:backfill batch=100 key-type=text start=''
        SELECT MAX("code") FROM (SELECT "code" FROM "Tag" WHERE "code" > :after ORDER BY "code" LIMIT :batch);
        UPDATE "Tag" SET "title" = "label" WHERE "code" > :after AND "code" <= :upto;
        -- accordion:verify
        SELECT COUNT(*) FROM "Tag" WHERE "title" IS NOT "label";
        """);
    List<BackfillProgress> batches = new ArrayList<>();

    StatusReport report = db.accordion().afterBatch(batches::add).build().migrate();

    assertEquals(List.of("t100", "t200", "t250"),
        batches.stream().map(BackfillProgress::lastKey).toList());
    assertEquals(0, report.migration("20260105100000.1").orElseThrow().verification().mismatches());
    assertTrue(Transitions.readsNew("Tag.title"));
  }

  @Test
  void theBatchSizeCanBeOverridden() throws Exception {
    List<BackfillProgress> batches = new ArrayList<>();

    db.accordion().batchSizeOverride(1_000).afterBatch(batches::add).build().migrate();

    assertEquals(10, batches.size());
    assertEquals(0, db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"biography\" IS NULL"));
  }

  @Test
  void triggersKeepBothColumnsEqualForWritersOfEitherRelease() throws Exception {
    db.migrate();

    db.execute("INSERT INTO \"Profile\" (\"id\", \"bio\") VALUES (20001, 'old writer')");
    db.execute("INSERT INTO \"Profile\" (\"id\", \"biography\") VALUES (20002, 'new writer')");
    db.execute("UPDATE \"Profile\" SET \"bio\" = 'edited by old' WHERE \"id\" = 1");
    db.execute("UPDATE \"Profile\" SET \"biography\" = 'edited by new' WHERE \"id\" = 2");

    assertEquals(0, db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"bio\" IS NOT \"biography\""));
    assertEquals(0, db.accordion().build().verify()
        .migration(EXPAND_VERSION).orElseThrow().verification().mismatches());
  }

  @Test
  void verifyRecordsMismatchesAndReadsStayOld() throws Exception {
    db.migrate();
    assertTrue(Transitions.readsNew(TRANSITION));
    db.execute("DROP TRIGGER \"accordion_Profile_biography_upd_old\"");
    db.execute("UPDATE \"Profile\" SET \"bio\" = 'bypassed the sync' WHERE \"id\" <= 3");

    StatusReport report = db.accordion().build().verify();

    assertEquals(3, report.migration(EXPAND_VERSION).orElseThrow().verification().mismatches());
    assertEquals(3, db.history(EXPAND_VERSION).get("verify_mismatches"));
    assertFalse(Transitions.readsNew(TRANSITION));
    assertTrue(report.render().contains("Profile.biography: 3 rows disagree"), report.render());
  }

  @Test
  void inWalModeBatchesCommitWithoutWaitingForTheDiskAndTheSessionIsRestored() throws Exception {
    db.execute("PRAGMA journal_mode = WAL");

    Synchronous seen = synchronousDuringAndAfterTheBackfill();

    assertEquals(List.of(1), seen.during(), "NORMAL after every batch");
    assertEquals(2, seen.after(), "FULL again after");
  }

  @Test
  void inRollbackJournalModeTheDurabilitySettingIsLeftAlone() throws Exception {
    Synchronous seen = synchronousDuringAndAfterTheBackfill();

    assertEquals(List.of(2), seen.during(), "FULL throughout: NORMAL could risk the database");
    assertEquals(2, seen.after());
  }

  /** PRAGMA synchronous on the one connection Accordion used: after each batch, and at the end. */
  private record Synchronous(List<Integer> during, int after) {}

  private Synchronous synchronousDuringAndAfterTheBackfill() throws Exception {
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(db.url())) {
      java.util.Set<Integer> during = new java.util.TreeSet<>();
      Accordion.builder().dataSource(KeptConnection.dataSource(connection)).directory(db.migrations)
          .backfillBatchTime(java.time.Duration.ZERO)
          .afterBatch(progress -> during.add(synchronous(connection)))
          .build().migrate();
      if (db.history(EXPAND_VERSION).get("backfill_done").equals(0)) {
        throw new AssertionError("the backfill did not finish");
      }
      return new Synchronous(List.copyOf(during), synchronous(connection));
    }
  }

  private static int synchronous(java.sql.Connection connection) {
    return Integer.parseInt(KeptConnection.read(connection, "PRAGMA synchronous"));
  }
}
