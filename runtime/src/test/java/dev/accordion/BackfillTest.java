package dev.accordion;

import static dev.accordion.AccordionSqlite.BASELINE;
import static dev.accordion.AccordionSqlite.EXPAND;
import static dev.accordion.AccordionSqlite.EXPAND_VERSION;
import static dev.accordion.AccordionSqlite.TRANSITION;
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
  private AccordionSqlite db;

  /** A database created by the baseline and filled by the old release, then the expand arrives. */
  @BeforeEach
  void baselineWithRows() throws Exception {
    db = new AccordionSqlite(folder).stage(BASELINE);
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
        SELECT MAX("code") FROM (SELECT "code" FROM "Tag" WHERE "code" >= :from ORDER BY "code" LIMIT :batch);
        UPDATE "Tag" SET "title" = "label" WHERE "code" >= :from AND "code" <= :upto;
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

  /**
   * Every key is walked, the smallest of its type and the empty text included; a row whose new
   * value the database refuses (here a CHECK) narrows its batch down to that row, which is left
   * as it was and counted, and the walk carries on with the rest.
   */
  @Test
  void walksEveryKeyAndLeavesARowTheDatabaseRefuses() throws Exception {
    db.write("V20260104100000_1__notes.sql", """
        -- accordion:migration kind=schema
        CREATE TABLE "Note" ("id" INTEGER PRIMARY KEY, "body" TEXT);
        CREATE TABLE "Code" ("code" TEXT PRIMARY KEY, "label" TEXT);
        """);
    db.migrate();
    db.execute("INSERT INTO \"Note\" VALUES (-9223372036854775808, 'smallest'), (-1, 'minus one'),"
        + " (0, 'zero'), (7, 'a body far too long for the short column'), (8, 'eight'),"
        + " (9223372036854775807, 'largest')");
    db.execute("INSERT INTO \"Code\" VALUES ('', 'empty'), (' ', 'blank'), ('a', 'letter')");
    db.write("V20260105100000_1__expand_Note_short.sql", """
        -- accordion:migration kind=expand transition=Note.short
        -- accordion:ddl
        ALTER TABLE "Note" ADD COLUMN "short" TEXT CHECK (length("short") < 20);
        -- accordion:backfill batch=4 key-type=integer start=-9223372036854775808
        SELECT MAX("id") FROM (SELECT "id" FROM "Note" WHERE "id" >= :from ORDER BY "id" LIMIT :batch);
        UPDATE "Note" SET "short" = "body" WHERE "id" >= :from AND "id" <= :upto AND "short" IS NULL;
        -- accordion:verify
        SELECT COUNT(*) FROM "Note" WHERE "short" IS NOT "body";
        SELECT "id", "body", "short" FROM "Note" WHERE "short" IS NOT "body" ORDER BY "id";
        """);
    db.write("V20260105100000_2__expand_Code_title.sql", """
        -- accordion:migration kind=expand transition=Code.title
        -- accordion:ddl
        ALTER TABLE "Code" ADD COLUMN "title" TEXT;
        -- accordion:backfill batch=1 key-type=text start=''
        SELECT MAX("code") FROM (SELECT "code" FROM "Code" WHERE "code" >= :from ORDER BY "code" LIMIT :batch);
        UPDATE "Code" SET "title" = "label" WHERE "code" >= :from AND "code" <= :upto;
        -- accordion:verify
        SELECT COUNT(*) FROM "Code" WHERE "title" IS NOT "label";
        """);

    StatusReport report = db.accordion().build().migrate();

    assertEquals(1, report.migration("20260105100000.1").orElseThrow().verification().mismatches());
    assertEquals(List.of("7"), db.rows("SELECT \"id\" FROM \"Note\" WHERE \"short\" IS NULL")
        .stream().map(row -> String.valueOf(row.get("id"))).toList());
    assertEquals(new StatusReport.Backfill(5, "9223372036854775807", true),
        report.migration("20260105100000.1").orElseThrow().backfill());
    assertEquals(0, report.migration("20260105100000.2").orElseThrow().verification().mismatches());
    assertEquals(3, db.count("SELECT COUNT(*) FROM \"Code\" WHERE \"title\" = \"label\""));
  }

  /**
   * A pause committed by accident (an application's UPDATE OR FAIL whose trigger failed) would
   * keep the transition's triggers from running for every writer: the backfill removes it.
   */
  @Test
  void aPauseLeftCommittedIsRemovedBeforeTheBackfill() throws Exception {
    db.execute("CREATE TABLE accordion_sync_pause (\"transition\" TEXT PRIMARY KEY)");
    db.execute("INSERT INTO accordion_sync_pause VALUES ('" + TRANSITION + "')");

    db.accordion().build().migrate();

    assertEquals(0, db.count("SELECT COUNT(*) FROM accordion_sync_pause"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"biography\" IS NULL"));
  }

  /**
   * resolve --applied records a migration without a history row only where its footprint shows
   * it ran here; a pending one without a footprint is for migrate.
   */
  @Test
  void resolveAppliedRefusesAPendingMigrationWithoutAFootprint() throws Exception {
    AccordionException refused = assertThrows(AccordionException.class,
        () -> db.accordion().build().resolve(EXPAND_VERSION, Resolution.APPLIED));

    assertTrue(refused.getMessage().startsWith("Nothing to resolve: " + EXPAND + " has no row in "
        + "accordion_history and no footprint query"), refused.getMessage());
    assertEquals(null, db.history(EXPAND_VERSION));
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
      Accordion.builder().dataSource(KeptConnection.dataSource(connection)).directory(db.migrations())
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
