package dev.accordion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.StatusReport.State;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runtime on a real PostgreSQL: transactional DDL, lock_timeout retries, online statements. */
class PostgresTest {

  static final String BASELINE = "V1__baseline.sql";
  static final String EXPAND = "V2__expand_Profile_biography.sql";
  static final String CONTRACT = "V3__contract_Profile_biography.sql";

  static final String BASELINE_SQL = """
      -- accordion:migration kind=baseline
      -- accordion:ddl
      CREATE TABLE "profile" ("id" BIGINT PRIMARY KEY, "bio" VARCHAR(255));
      """;

  static final String EXPAND_SQL = """
      -- accordion:migration kind=expand transition=Profile.biography
      -- Expand Profile.bio into Profile.biography (copy).

      -- accordion:ddl
      ALTER TABLE "profile" ADD COLUMN IF NOT EXISTS "biography" VARCHAR(255);
      CREATE OR REPLACE FUNCTION "accordion_profile_biography_sync"() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        -- a writer of either release sets one column; ';' in here ends nothing
        IF TG_OP = 'INSERT' THEN
          IF NEW."biography" IS NULL THEN
            NEW."biography" := NEW."bio";
          ELSIF NEW."bio" IS NULL THEN
            NEW."bio" := NEW."biography";
          END IF;
        ELSIF NEW."bio" IS DISTINCT FROM OLD."bio" AND NEW."biography" IS NOT DISTINCT FROM OLD."biography" THEN
          NEW."biography" := NEW."bio";
        ELSIF NEW."biography" IS DISTINCT FROM OLD."biography" AND NEW."bio" IS NOT DISTINCT FROM OLD."bio" THEN
          NEW."bio" := NEW."biography";
        ELSIF NEW."biography" IS NULL AND NEW."bio" IS NOT NULL THEN
          NEW."biography" := NEW."bio";
        END IF;
        RETURN NEW;
      END;
      $$;
      DROP TRIGGER IF EXISTS "accordion_profile_biography" ON "profile";
      CREATE TRIGGER "accordion_profile_biography" BEFORE INSERT OR UPDATE ON "profile"
      FOR EACH ROW EXECUTE FUNCTION "accordion_profile_biography_sync"();

      -- accordion:online
      CREATE INDEX CONCURRENTLY IF NOT EXISTS "profile_biography_idx" ON "profile" ("biography");

      -- accordion:backfill batch=100 key-type=integer start=-9223372036854775808
      SELECT MAX("id") FROM (SELECT "id" FROM "profile" WHERE "id" >= :from ORDER BY "id" LIMIT :batch) AS "batch_keys";
      UPDATE "profile" SET "biography" = "bio" WHERE "id" >= :from AND "id" <= :upto AND "biography" IS NULL AND "bio" IS NOT NULL;

      -- accordion:verify
      SELECT COUNT(*) FROM "profile" WHERE "bio" IS DISTINCT FROM "biography";
      """;

  static final String CONTRACT_SQL = """
      -- accordion:migration kind=contract transition=Profile.biography
      -- Contract Profile.biography: drops the sync trigger and the old column "bio".

      -- accordion:guard
      SELECT COUNT(*) FROM "profile" WHERE "bio" IS DISTINCT FROM "biography";

      -- accordion:ddl
      DROP TRIGGER IF EXISTS "accordion_profile_biography" ON "profile";
      DROP FUNCTION IF EXISTS "accordion_profile_biography_sync"();
      ALTER TABLE "profile" DROP COLUMN IF EXISTS "bio";
      ALTER TABLE "profile" ADD CONSTRAINT "profile_biography_not_null" CHECK ("biography" IS NOT NULL) NOT VALID;

      -- accordion:online
      ALTER TABLE "profile" VALIDATE CONSTRAINT "profile_biography_not_null";
      ALTER TABLE "profile" ALTER COLUMN "biography" SET NOT NULL;
      ALTER TABLE "profile" DROP CONSTRAINT IF EXISTS "profile_biography_not_null";
      """;

  @RegisterExtension final AccordionServer db = AccordionServer.postgres();

  private void baseline(int rows) throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    db.accordion().build().migrate();
    db.seedProfiles("profile", rows);
    db.write(EXPAND, EXPAND_SQL).write(CONTRACT, CONTRACT_SQL);
  }

  @Test
  void appliesInOrderRecordsHistoryAndLeavesContractsToComplete() throws Exception {
    db.write(CONTRACT, CONTRACT_SQL).write(EXPAND, EXPAND_SQL).write(BASELINE, BASELINE_SQL);
    Accordion accordion = db.accordion().build();

    StatusReport migrated = accordion.migrate();

    assertEquals(List.of(BASELINE, EXPAND),
        migrated.appliedByThisCall().stream().map(StatusReport.Migration::file).toList());
    assertEquals(State.PENDING_CONTRACT, migrated.migration("3").orElseThrow().state());
    assertTrue(migrated.render().contains("Contracts wait for 'complete'"), migrated.render());
    Map<String, Object> expand = db.history("2");
    assertEquals(true, expand.get("success"));
    assertEquals(4, expand.get("ddl_done"));
    assertEquals(1, expand.get("online_done"));
    assertNull(expand.get("error"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = "
        + "i.indexrelid WHERE c.relname = 'profile_biography_idx' AND i.indisvalid"));
    assertEquals(new StatusReport.Progress(4, 4, 1, 1),
        migrated.migration("2").orElseThrow().progress());

    StatusReport completed = accordion.complete();

    assertEquals(State.APPLIED, completed.migration("3").orElseThrow().state());
    assertFalse(db.columnExists("profile", "bio"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema"
        + " = '" + db.name() + "' AND column_name = 'biography' AND is_nullable = 'NO'"));
    assertEquals(3, db.history("3").get("online_done"));
    assertTrue(accordion.migrate().appliedByThisCall().isEmpty());
  }

  @Test
  void backfillsInShortTransactionsVerifiesAndCompleteWaitsForZero() throws Exception {
    baseline(1_000);
    List<BackfillProgress> batches = new ArrayList<>();
    Accordion accordion = db.accordion().afterBatch(batches::add).build();

    StatusReport report = accordion.migrate();

    assertEquals(10, batches.size());
    assertEquals(new StatusReport.Backfill(1_000, "1000", true),
        report.migration("2").orElseThrow().backfill());
    assertEquals(0, report.migration("2").orElseThrow().verification().mismatches());
    assertTrue(Transitions.readsNew("Profile.biography"));
    db.execute("INSERT INTO profile (id, bio) VALUES (5001, 'old writer')");
    db.execute("INSERT INTO profile (id, biography) VALUES (5002, 'new writer')");
    db.execute("UPDATE profile SET bio = 'edited by old' WHERE id = 1");
    db.execute("UPDATE profile SET biography = 'edited by new' WHERE id = 2");
    assertEquals(0, db.count("SELECT COUNT(*) FROM profile WHERE bio IS DISTINCT FROM biography"));

    db.execute("ALTER TABLE profile DISABLE TRIGGER accordion_profile_biography");
    db.execute("UPDATE profile SET bio = 'bypassed the sync' WHERE id IN (7, 8)");
    assertEquals(2, accordion.verify().migration("2").orElseThrow().verification().mismatches());
    AccordionException refused = assertThrows(AccordionException.class, accordion::complete);
    assertTrue(refused.getMessage().startsWith(CONTRACT + " was not applied: it ends transition "
        + "Profile.biography, and its verification at "), refused.getMessage());
    assertTrue(refused.getMessage().contains(" found 2 rows that would lose their old value"),
        refused.getMessage());
    assertTrue(db.columnExists("profile", "bio"));

    db.execute("UPDATE profile SET biography = bio WHERE id IN (7, 8)");
    db.execute("ALTER TABLE profile ENABLE TRIGGER accordion_profile_biography");
    accordion.verify();
    accordion.complete();

    assertFalse(db.columnExists("profile", "bio"));
    assertEquals(1_002, db.count("SELECT COUNT(*) FROM profile WHERE biography IS NOT NULL"));
  }

  @Test
  void batchesCommitWithoutWaitingForTheWalFlushAndTheSessionIsRestored() throws Exception {
    baseline(1_000);
    try (Connection connection = db.connect()) {
      String before = synchronousCommit(connection);
      java.util.Set<String> during = new java.util.TreeSet<>();

      db.accordion().dataSource(KeptConnection.dataSource(connection))
          .afterBatch(progress -> during.add(synchronousCommit(connection)))
          .build().migrate();

      assertEquals(java.util.Set.of("off"), during, "after every batch");
      assertEquals(before, synchronousCommit(connection), "as it was before the backfill");
      assertEquals(true, db.history("2").get("backfill_done"));
    }
  }

  private static String synchronousCommit(Connection connection) {
    return KeptConnection.read(connection, "SHOW synchronous_commit");
  }

  @Test
  void fourInstancesAtOnceApplyEachMigrationOnce() throws Exception {
    baseline(2_000);
    AtomicInteger batches = new AtomicInteger();

    List<StatusReport> reports = Concurrently.run(4,
        () -> db.accordion().afterBatch(p -> batches.incrementAndGet()).build().complete());

    assertEquals(2, reports.stream().mapToInt(r -> r.appliedByThisCall().size()).sum());
    assertEquals(20, batches.get(), "no batch done twice");
    assertEquals(List.of("1", "2", "3"), db.appliedVersions());
    assertFalse(db.columnExists("profile", "bio"));
  }

  @Test
  void anInstanceWaitsForTheMigrationLockUpToLockWait() throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    try (Connection other = db.connect()) {
      AccordionServer.execute(other, "SELECT pg_advisory_lock(" + advisoryKey() + ")");

      AccordionException e = assertThrows(AccordionException.class,
          () -> db.accordion().lockWait(Duration.ofMillis(600)).build().migrate());

      assertTrue(e.getMessage().startsWith("Another instance has been migrating this database "
          + "for longer than lockWait (PT0.6S)"), e.getMessage());
      assertTrue(e.getMessage().contains("Nothing was changed"), e.getMessage());
      assertFalse(db.tableExists("profile"));
    }
    assertEquals(1, db.accordion().build().migrate().appliedByThisCall().size());
  }

  @Test
  void ddlWaitingForALockIsRolledBackAndRetriedUntilItGetsIt() throws Exception {
    baseline(10);
    Connection reader = db.connect();
    reader.setAutoCommit(false);
    AccordionServer.execute(reader, "LOCK TABLE profile IN ACCESS SHARE MODE");
    CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
      try (reader) {
        Thread.sleep(3_000);
        reader.commit();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    long start = System.nanoTime();

    StatusReport report = db.accordion().lockTimeout(Duration.ofMillis(500)).build().migrate();

    release.get(10, TimeUnit.SECONDS);
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(2_500).toNanos(),
        "it waited for the reader");
    assertEquals(State.APPLIED, report.migration("2").orElseThrow().state());
    assertTrue(db.columnExists("profile", "biography"));
  }

  @Test
  void ddlThatNeverGetsItsLockFailsAfterLockRetriesHavingAppliedNothing() throws Exception {
    baseline(10);
    try (Connection reader = db.connect()) {
      reader.setAutoCommit(false);
      AccordionServer.execute(reader, "LOCK TABLE profile IN ACCESS SHARE MODE");

      AccordionException e = assertThrows(AccordionException.class, () -> db.accordion()
          .lockTimeout(Duration.ofMillis(200)).lockRetries(2).build().migrate());

      assertTrue(e.getMessage().startsWith(EXPAND + " (DDL) could not get a lock within "
          + "lockTimeout (200 ms), 3 times in a row: DDL statement 1 of 4 failed"), e.getMessage());
      assertTrue(e.getMessage().contains("ALTER TABLE \"profile\" ADD COLUMN"), e.getMessage());
      assertTrue(e.getMessage().contains("nothing was applied or recorded"), e.getMessage());
      assertTrue(e.getMessage().contains("raise lockTimeout or lockRetries"), e.getMessage());
      reader.rollback();
    }
    assertNull(db.history("2"));
    assertFalse(db.columnExists("profile", "biography"));
    assertEquals(State.PENDING, db.accordion().build().status().migration("2").orElseThrow().state());
  }

  @Test
  void aFailingStatementRollsBackTheMigrationAndRecordsNothing() throws Exception {
    baseline(10);
    db.write(EXPAND, """
        -- accordion:migration kind=schema
        -- accordion:ddl
        ALTER TABLE "profile" ADD COLUMN "tag" VARCHAR(20);
        CREATE TABLE "tag" ("id" BIGINT PRIMARY KEY);
        ALTER TABLE "no_such_table" ADD COLUMN "x" INTEGER;
        CREATE TABLE "never" ("id" BIGINT PRIMARY KEY);
        """).write(CONTRACT, "-- accordion:migration kind=schema\nCREATE TABLE \"later\" (\"id\" INT);\n");

    AccordionException e = assertThrows(AccordionException.class, () -> db.accordion().build().migrate());

    assertTrue(e.getMessage().startsWith(EXPAND + ": DDL statement 3 of 4 failed"), e.getMessage());
    assertTrue(e.getMessage().contains("rolled back and nothing was recorded"), e.getMessage());
    assertFalse(db.columnExists("profile", "tag"));
    assertFalse(db.tableExists("tag"));
    assertNull(db.history("2"));
    assertNull(db.history("3"), "nothing after it ran");
  }

  @Test
  void anInterruptedOnlineSectionContinuesFromItsFirstStatementNotDone() throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    db.accordion().build().migrate();
    db.execute("INSERT INTO profile (id, bio) VALUES (1, 'a'), (2, NULL)");
    db.write("V2__bio_required.sql", """
        -- accordion:migration kind=schema
        -- accordion:ddl
        ALTER TABLE "profile" ADD CONSTRAINT "profile_bio_not_null" CHECK ("bio" IS NOT NULL) NOT VALID;
        -- accordion:online
        CREATE INDEX CONCURRENTLY "profile_bio_idx" ON "profile" ("bio");
        ALTER TABLE "profile" VALIDATE CONSTRAINT "profile_bio_not_null";
        """).write("V3__later.sql", """
        -- accordion:migration kind=schema
        CREATE TABLE "later" ("id" BIGINT PRIMARY KEY);
        """);

    AccordionException e = assertThrows(AccordionException.class, () -> db.accordion().build().migrate());

    assertTrue(e.getMessage().startsWith("V2__bio_required.sql: Online statement 2 of 2 failed"),
        e.getMessage());
    assertTrue(e.getMessage().contains("migrate continues with this statement"), e.getMessage());
    assertEquals(1, db.history("2").get("online_done"));
    assertEquals(true, db.history("2").get("success"));
    StatusReport status = db.accordion().build().status();
    StatusReport.Migration interrupted = status.migration("2").orElseThrow();
    assertEquals(State.IN_PROGRESS, interrupted.state());
    assertNull(interrupted.appliedAt(), "not applied until its online section is done");
    assertEquals(new StatusReport.Progress(1, 1, 1, 2), interrupted.progress());
    assertTrue(status.render().contains("V2__bio_required.sql: in progress, 1 of 1 DDL statements "
        + "done, 1 of 2 online statements done; the next migrate resumes it."), status.render());
    assertFalse(db.tableExists("later"), "later migrations wait");

    db.execute("UPDATE profile SET bio = 'b' WHERE id = 2");
    StatusReport resumed = db.accordion().build().migrate();

    assertEquals(State.APPLIED, resumed.migration("2").orElseThrow().state());
    assertEquals(2, db.history("2").get("online_done"));
    assertTrue(db.tableExists("later"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM pg_constraint WHERE conname = "
        + "'profile_bio_not_null' AND convalidated"));
  }

  /**
   * A contract interrupted in its online section (its old column already dropped, NOT NULL not
   * yet set) is resumed by the next migrate, as status says, though contracts wait for complete:
   * it was started, so it is finished.
   */
  @Test
  void migrateResumesAContractInterruptedInItsOnlineSection() throws Exception {
    baseline(50);
    db.accordion().build().migrate();
    db.execute("UPDATE profile SET bio = NULL, biography = NULL WHERE id = 7");
    // The guard passes (both sides NULL agree); VALIDATE then finds the row, as a row written
    // between the DDL and the online section would be found.
    AccordionException e = assertThrows(AccordionException.class,
        () -> db.accordion().build().complete());
    assertTrue(e.getMessage().startsWith(CONTRACT + ": Online statement 1 of 3 failed"),
        e.getMessage());
    assertFalse(db.columnExists("profile", "bio"), "the old column is gone already");
    StatusReport status = db.accordion().build().status();
    assertEquals(State.IN_PROGRESS, status.migration("3").orElseThrow().state());
    assertTrue(status.render().contains(CONTRACT + ": in progress, 4 of 4 DDL statements done, "
        + "0 of 3 online statements done; the next migrate resumes it."), status.render());

    db.execute("UPDATE profile SET biography = 'restored' WHERE id = 7");
    StatusReport resumed = db.accordion().build().migrate();

    assertEquals(State.APPLIED, resumed.migration("3").orElseThrow().state(), resumed.render());
    assertEquals(1, db.count("SELECT COUNT(*) FROM information_schema.columns WHERE "
        + "table_schema = current_schema() AND table_name = 'profile' AND column_name = "
        + "'biography' AND is_nullable = 'NO'"));
  }

  /** The remedy names the culprit: a lost connection is not the file's fault. */
  @Test
  void aLostConnectionIsNotBlamedOnTheFile() throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    db.accordion().build().migrate();
    db.write("V2__cut.sql", """
        -- accordion:migration kind=schema
        CREATE TABLE "cut" ("id" BIGINT PRIMARY KEY);
        SELECT pg_terminate_backend(pg_backend_pid());
        """);

    AccordionException e;
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      e = assertThrows(AccordionException.class,
          () -> db.accordion().lockRetries(0).connectionRetries(1).build().migrate());

      assertEquals(1, warnings.messages().stream()
          .filter(m -> m.startsWith("Accordion migrate lost its connection")).count(),
          String.valueOf(warnings.messages()));
    }
    assertTrue(e.getMessage().contains("the connection to the database was lost; nothing the file "
        + "says is at fault"), e.getMessage());
    assertFalse(e.getMessage().contains("Fix the file"), e.getMessage());
    assertFalse(db.tableExists("cut"), "rolled back");
  }

  /**
   * A boot whose connection is cut mid-backfill (the backend terminated, as a server restart or
   * a failover does) runs again with a new connection and finishes, logging the try.
   */
  @Test
  void aConnectionLostMidBackfillIsRetriedAndTheBootFinishes() throws Exception {
    baseline(500);
    AtomicInteger terminated = new AtomicInteger();
    String application = db.name() + "_boot";
    Accordion accordion = Accordion.builder()
        .dataSource(new dev.accordion.internal.DriverManagerDataSource(
            db.url() + "&ApplicationName=" + application, null, null))
        .directory(db.migrations()).backfillBatchTime(Duration.ZERO).batchSizeOverride(50)
        .afterBatch(batch -> {
          if (batch.batch() == 3 && terminated.compareAndSet(0, 1)) {
            try {
              db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  + "WHERE application_name = '" + application + "'");
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          }
        }).build();

    StatusReport report;
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      report = accordion.migrate();

      assertEquals(1, warnings.messages().stream()
          .filter(m -> m.startsWith("Accordion migrate lost its connection to the database")
              && m.contains("(retry 1 of 5)")).count(), String.valueOf(warnings.messages()));
    }
    assertEquals(1, terminated.get());
    StatusReport.Migration expand = report.migration("2").orElseThrow();
    assertEquals(State.APPLIED, expand.state(), report.render());
    assertEquals(500, expand.backfill().rows());
    assertEquals(0, expand.verification().mismatches());
  }

  /**
   * A server that does not answer (restarting, or not up yet) is tried again with a pause and a
   * log line each time; a URL no driver takes is a configuration error, not tried again.
   */
  @Test
  void aServerThatDoesNotAnswerIsTriedAgainAndAUrlNoDriverTakesIsNot() throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      AccordionException down = assertThrows(AccordionException.class, () -> Accordion.builder()
          .dataSource(new dev.accordion.internal.DriverManagerDataSource(
              "jdbc:postgresql://127.0.0.1:1/test?user=postgres&connectTimeout=2", null, null))
          .directory(db.migrations()).connectionRetries(2).build().migrate());

      assertTrue(down.getMessage().contains("the connection to the database was lost"),
          down.getMessage());
      assertEquals(List.of("(retry 1 of 2)", "(retry 2 of 2)"), warnings.messages().stream()
          .filter(m -> m.startsWith("Accordion migrate lost its connection"))
          .map(m -> m.substring(m.lastIndexOf('('))).toList());
    }
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      assertThrows(AccordionException.class, () -> Accordion.builder()
          .dataSource(new dev.accordion.internal.DriverManagerDataSource("jdbc:nosuchdriver:x",
              null, null))
          .directory(db.migrations()).build().migrate());

      assertEquals(List.of(), warnings.messages().stream()
          .filter(m -> m.startsWith("Accordion migrate lost its connection")).toList());
    }
  }

  /** The remedy names the culprit: a missing privilege is the role's, not the file's. */
  @Test
  void aMissingPrivilegeIsNamedAsSuch() throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    db.accordion().build().migrate();
    String role = db.name() + "_app";
    db.execute("CREATE ROLE " + role + " LOGIN");
    try {
      db.execute("GRANT USAGE ON SCHEMA " + db.name() + " TO " + role);
      db.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + db.name()
          + " TO " + role);
      db.write("V2__extra.sql", """
          -- accordion:migration kind=schema
          CREATE TABLE "extra" ("id" BIGINT PRIMARY KEY);
          """);

      AccordionException e = assertThrows(AccordionException.class, () -> Accordion.builder()
          .dataSource(new dev.accordion.internal.DriverManagerDataSource(
              db.url() + "&user=" + role, null, null))
          .directory(db.migrations()).build().migrate());

      assertTrue(e.getMessage().contains("the database role lacks a privilege this statement "
          + "needs; nothing the file says is at fault"), e.getMessage());
      assertFalse(e.getMessage().contains("Fix the file"), e.getMessage());
    } finally {
      db.execute("DROP OWNED BY " + role);
      db.execute("DROP ROLE " + role);
    }
  }

  @Test
  void anIndexBuildThatTimedOutLeavesNoInvalidIndexBehind() throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    db.accordion().build().migrate();
    db.write("V2__bio_index.sql", """
        -- accordion:migration kind=schema
        -- accordion:online
        CREATE INDEX CONCURRENTLY IF NOT EXISTS "profile_bio_idx" ON "profile" ("bio");
        """);
    Connection writer = db.connect();
    writer.setAutoCommit(false);
    AccordionServer.execute(writer, "INSERT INTO profile (id, bio) VALUES (1, 'open transaction')");
    CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> {
      try (writer) {
        Thread.sleep(2_000);
        writer.commit();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });

    db.accordion().lockTimeout(Duration.ofMillis(300)).build().migrate();

    commit.get(10, TimeUnit.SECONDS);
    assertEquals(1, db.count("SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = "
        + "i.indexrelid WHERE c.relname = 'profile_bio_idx' AND i.indisvalid"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM pg_index WHERE NOT indisvalid"));
  }

  /** As the runtime derives it: the first 8 bytes of SHA-256 of the schema's history table. */
  private long advisoryKey() throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(
        ("accordion:" + db.name() + ".accordion_history").getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(digest, 0, 8).getLong();
  }
}
