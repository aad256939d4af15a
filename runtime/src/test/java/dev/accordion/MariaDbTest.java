package dev.accordion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.StatusReport.State;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

/**
 * The runtime on a real MariaDB: DDL one statement at a time with its progress recorded, a failure
 * kept for {@code resolve}, a killed migration resumed, {@code GET_LOCK} between instances.
 */
class MariaDbTest {

  static final String BASELINE = "V1__baseline.sql";
  static final String EXPAND = "V2__expand_Profile_biography.sql";
  static final String CONTRACT = "V3__contract_Profile_biography.sql";

  static final String BASELINE_SQL = """
      -- accordion:migration kind=baseline
      -- accordion:ddl
      CREATE TABLE `Profile` (`id` BIGINT PRIMARY KEY, `bio` VARCHAR(255));
      """;

  static final String EXPAND_SQL = """
      -- accordion:migration kind=expand transition=Profile.biography
      -- Expand Profile.bio into Profile.biography (copy).

      -- accordion:ddl
      ALTER TABLE `Profile` ADD COLUMN IF NOT EXISTS `biography` VARCHAR(255);
      CREATE OR REPLACE TRIGGER `accordion_Profile_biography_ins` BEFORE INSERT ON `Profile`
      FOR EACH ROW
      BEGIN
        IF NEW.`biography` IS NULL THEN
          SET NEW.`biography` = NEW.`bio`;
        ELSEIF NEW.`bio` IS NULL THEN
          SET NEW.`bio` = NEW.`biography`;
        END IF;
      END;
      CREATE OR REPLACE TRIGGER `accordion_Profile_biography_upd` BEFORE UPDATE ON `Profile`
      FOR EACH ROW
      BEGIN
        IF NOT (NEW.`bio` <=> OLD.`bio`) AND NEW.`biography` <=> OLD.`biography` THEN
          SET NEW.`biography` = NEW.`bio`;
        ELSEIF NOT (NEW.`biography` <=> OLD.`biography`) AND NEW.`bio` <=> OLD.`bio` THEN
          SET NEW.`bio` = NEW.`biography`;
        ELSEIF NEW.`biography` IS NULL AND NEW.`bio` IS NOT NULL THEN
          SET NEW.`biography` = NEW.`bio`;
        END IF;
      END;

      -- accordion:backfill batch=100 key-type=integer start=-9223372036854775808
      SELECT MAX(`id`) FROM (SELECT `id` FROM `Profile` WHERE `id` >= :from ORDER BY `id` LIMIT :batch) AS `batch_keys`;
      UPDATE `Profile` SET `biography` = `bio` WHERE `id` >= :from AND `id` <= :upto AND `biography` IS NULL AND `bio` IS NOT NULL;

      -- accordion:verify
      SELECT COUNT(*) FROM `Profile` WHERE NOT (`bio` <=> `biography`);
      """;

  static final String CONTRACT_SQL = """
      -- accordion:migration kind=contract transition=Profile.biography
      -- Contract Profile.biography: drops the sync triggers and the old column `bio`.

      -- accordion:guard
      SELECT COUNT(*) FROM `Profile` WHERE NOT (`bio` <=> `biography`);

      -- accordion:ddl
      DROP TRIGGER IF EXISTS `accordion_Profile_biography_ins`;
      DROP TRIGGER IF EXISTS `accordion_Profile_biography_upd`;
      ALTER TABLE `Profile` DROP COLUMN IF EXISTS `bio`;
      ALTER TABLE `Profile` MODIFY `biography` VARCHAR(255) NOT NULL;
      """;

  /** Statement 3 fails; 1 and 2 stay applied. */
  static final String BROKEN = "V2__tags.sql";
  static final String BROKEN_SQL = """
      -- accordion:migration kind=schema
      -- accordion:ddl
      ALTER TABLE `Profile` ADD COLUMN `tag_id` BIGINT;
      CREATE TABLE `Tag` (`id` BIGINT PRIMARY KEY, `name` VARCHAR(50));
      ALTER TABLE `NoSuchTable` ADD COLUMN `x` INT;
      CREATE TABLE `Never` (`id` BIGINT PRIMARY KEY);
      """;

  @RegisterExtension final AccordionServer db = AccordionServer.mariadb();

  private void baseline(int rows) throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    db.accordion().build().migrate();
    db.seedProfiles("Profile", rows);
  }

  /**
   * A long transaction holds the table: the expand's DDL waits for its metadata lock at most
   * lockTimeout, then gives way and tries again, so a writer that arrives meanwhile (which
   * queues behind the waiting ALTER) waits that long at most, not as long as the transaction.
   */
  @Test
  void ddlWaitsForAMetadataLockAtMostLockTimeoutAndTriesAgain() throws Exception {
    baseline(20);
    db.write(EXPAND, EXPAND_SQL);
    long worstInsertMillis;
    try (Connection holder = db.connect()) {
      holder.setAutoCommit(false);
      KeptConnection.read(holder, "SELECT COUNT(*) FROM `Profile`"); // holds its metadata lock
      var executor = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var migration = executor.submit(() -> db.accordion().lockTimeout(Duration.ofSeconds(1))
            .lockRetries(20).build().migrate());
        Thread.sleep(300); // the ALTER is waiting now, and the writer queues behind it
        var insert = executor.submit(() -> {
          long start = System.nanoTime();
          db.execute("INSERT INTO `Profile` (`id`, `bio`) VALUES (1000, 'late')");
          return (System.nanoTime() - start) / 1_000_000;
        });
        Thread.sleep(4_000);
        holder.commit(); // after 4.3 s
        worstInsertMillis = insert.get(30, TimeUnit.SECONDS);
        StatusReport report = migration.get(60, TimeUnit.SECONDS);
        assertEquals(State.APPLIED, report.migration("2").orElseThrow().state(), report.render());
      } finally {
        executor.shutdownNow();
      }
    }
    assertTrue(worstInsertMillis < 2_000, "the writer waited " + worstInsertMillis + " ms");
    assertEquals("late", db.rows("SELECT `biography` FROM `Profile` WHERE `id` = 1000").get(0)
        .get("biography"));
  }

  @Test
  void appliesInOrderRecordingEachStatementAndLeavesContractsToComplete() throws Exception {
    db.write(CONTRACT, CONTRACT_SQL).write(EXPAND, EXPAND_SQL).write(BASELINE, BASELINE_SQL);
    Accordion accordion = db.accordion().build();

    StatusReport migrated = accordion.migrate();

    assertEquals(List.of(BASELINE, EXPAND),
        migrated.appliedByThisCall().stream().map(StatusReport.Migration::file).toList());
    assertEquals(State.PENDING_CONTRACT, migrated.migration("3").orElseThrow().state());
    Map<String, Object> expand = db.history("2");
    assertEquals(true, expand.get("success"));
    assertEquals(3, expand.get("ddl_done"));
    assertNull(expand.get("error"));
    assertNotNull(expand.get("finished_at"));
    assertEquals(2, db.count("SELECT COUNT(*) FROM information_schema.triggers WHERE "
        + "trigger_schema = '" + db.name() + "'"));

    accordion.complete();

    assertFalse(db.columnExists("Profile", "bio"));
    assertEquals(4, db.history("3").get("ddl_done"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM information_schema.triggers WHERE "
        + "trigger_schema = '" + db.name() + "'"));
  }

  @Test
  void backfillsWithALimitParameterInADerivedTableAndVerifies() throws Exception {
    baseline(1_000);
    db.write(EXPAND, EXPAND_SQL).write(CONTRACT, CONTRACT_SQL);
    List<BackfillProgress> batches = new ArrayList<>();
    Accordion accordion = db.accordion().afterBatch(batches::add).build();

    StatusReport report = accordion.migrate();

    assertEquals(10, batches.size());
    assertEquals("1000", batches.get(9).lastKey());
    assertEquals(new StatusReport.Backfill(1_000, "1000", true),
        report.migration("2").orElseThrow().backfill());
    assertEquals(0, report.migration("2").orElseThrow().verification().mismatches());
    db.execute("INSERT INTO `Profile` (`id`, `bio`) VALUES (5001, 'old writer')");
    db.execute("INSERT INTO `Profile` (`id`, `biography`) VALUES (5002, 'new writer')");
    db.execute("UPDATE `Profile` SET `bio` = 'edited by old' WHERE `id` = 1");
    db.execute("UPDATE `Profile` SET `biography` = 'edited by new' WHERE `id` = 2");
    assertEquals(0, db.count("SELECT COUNT(*) FROM `Profile` WHERE NOT (`bio` <=> `biography`)"));

    db.execute("DROP TRIGGER `accordion_Profile_biography_upd`");
    db.execute("UPDATE `Profile` SET `bio` = 'bypassed the sync' WHERE `id` IN (7, 8)");
    assertEquals(2, accordion.verify().migration("2").orElseThrow().verification().mismatches());
    AccordionException refused = assertThrows(AccordionException.class, accordion::complete);
    assertTrue(refused.getMessage().startsWith(CONTRACT + " was not applied: it ends transition "
        + "Profile.biography, and its verification at "), refused.getMessage());
    assertTrue(refused.getMessage().contains(" found 2 rows that would lose their old value"),
        refused.getMessage());
    assertNull(db.history("3"));

    db.execute("UPDATE `Profile` SET `biography` = `bio` WHERE `id` IN (7, 8)");
    accordion.complete();

    assertFalse(db.columnExists("Profile", "bio"));
  }

  @Test
  void fourInstancesAtOnceApplyEachMigrationOnce() throws Exception {
    baseline(2_000);
    db.write(EXPAND, EXPAND_SQL).write(CONTRACT, CONTRACT_SQL);
    AtomicInteger batches = new AtomicInteger();

    List<StatusReport> reports = Concurrently.run(4,
        () -> db.accordion().afterBatch(p -> batches.incrementAndGet()).build().complete());

    assertEquals(2, reports.stream().mapToInt(r -> r.appliedByThisCall().size()).sum());
    assertEquals(20, batches.get(), "no batch done twice");
    assertEquals(List.of("1", "2", "3"), db.appliedVersions());
    assertFalse(db.columnExists("Profile", "bio"));
  }

  @Test
  void anInstanceWaitsForGetLockUpToLockWait() throws Exception {
    db.write(BASELINE, BASELINE_SQL);
    try (Connection other = db.connect()) {
      AccordionServer.execute(other, "SELECT GET_LOCK('accordion_history." + db.name() + "', 0)");

      AccordionException e = assertThrows(AccordionException.class,
          () -> db.accordion().lockWait(Duration.ofSeconds(1)).build().migrate());

      assertTrue(e.getMessage().startsWith("Another instance has been migrating this database "
          + "for longer than lockWait (PT1S): it holds GET_LOCK('accordion_history."
          + db.name() + "')"), e.getMessage());
      assertFalse(db.tableExists("Profile"));
    }
    assertEquals(1, db.accordion().build().migrate().appliedByThisCall().size());
  }

  /**
   * A statement that failed for a cause outside the file (here the role lacks TRIGGER) did
   * nothing, so the migration stays in progress, and once the cause is fixed the next migrate
   * resumes it at that statement, with no resolve by hand.
   */
  @Test
  void aStatementRefusedForAMissingPrivilegeResumesOnceItIsGranted() throws Exception {
    baseline(10);
    db.write(EXPAND, EXPAND_SQL);
    String user = db.name() + "_app";
    db.execute("CREATE USER '" + user + "'@'%'");
    try {
      db.execute("GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON "
          + db.name() + ".* TO '" + user + "'@'%'");
      javax.sql.DataSource app = new dev.accordion.internal.DriverManagerDataSource(
          db.url().replaceAll("([?&])user=[^&]*&?", "$1"), user, "");

      AccordionException refused = assertThrows(AccordionException.class,
          () -> Accordion.builder().dataSource(app).directory(db.migrations()).build().migrate());

      assertTrue(refused.getMessage().contains("DDL statement 2 of 3 failed"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("the database role lacks a privilege"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("the next migrate continues with this one"),
          refused.getMessage());
      assertEquals(State.IN_PROGRESS, db.accordion().build().status().migration("2")
          .orElseThrow().state());

      db.execute("GRANT TRIGGER ON " + db.name() + ".* TO '" + user + "'@'%'");
      StatusReport resumed =
          Accordion.builder().dataSource(app).directory(db.migrations()).build().migrate();

      assertEquals(State.APPLIED, resumed.migration("2").orElseThrow().state(), resumed.render());
      assertEquals(0, resumed.migration("2").orElseThrow().verification().mismatches());
    } finally {
      db.execute("DROP USER '" + user + "'@'%'");
    }
  }

  @Test
  void aFailedStatementIsRecordedAndEveryBootRefusesUntilResolvedAsRolledBack() throws Exception {
    baseline(10);
    db.write(BROKEN, BROKEN_SQL).write("V3__later.sql",
        "-- accordion:migration kind=schema\nCREATE TABLE `Later` (`id` INT);\n");

    AccordionException failed = assertThrows(AccordionException.class,
        () -> db.accordion().build().migrate());

    String message = failed.getMessage();
    assertTrue(message.startsWith(BROKEN + " failed on "), message);
    assertTrue(message.contains(" at DDL statement 3 of 4: "), message);
    assertTrue(message.contains("NoSuchTable"), message);
    assertTrue(message.contains("these statements ran before it and stay applied:\n"
        + "  1. ALTER TABLE `Profile` ADD COLUMN `tag_id` BIGINT\n"
        + "  2. CREATE TABLE `Tag` (`id` BIGINT PRIMARY KEY, `name` VARCHAR(50))\n"), message);
    assertTrue(message.contains("Finish or undo those statements by hand, then run `resolve 2 "
        + "--applied`"), message);
    assertTrue(message.contains("`resolve 2 --rolled-back`"), message);
    Map<String, Object> row = db.history("2");
    assertEquals(false, row.get("success"));
    assertEquals(2, row.get("ddl_done"));
    assertTrue(((String) row.get("error")).contains("NoSuchTable"));
    assertFalse(db.tableExists("Never"));
    assertFalse(db.tableExists("Later"), "nothing after it ran");

    AccordionException again = assertThrows(AccordionException.class,
        () -> db.accordion().build().migrate());
    assertEquals(message, again.getMessage(), "every later boot says the same");
    StatusReport status = db.accordion().build().status();
    StatusReport.Migration broken = status.migration("2").orElseThrow();
    assertEquals(State.FAILED, broken.state());
    assertEquals(1, broken.failures().size());
    assertEquals(2, broken.failures().get(0).statementsDone());
    assertNull(broken.failures().get(0).resolution());
    assertTrue(status.render().contains(BROKEN + ": failed on "), status.render());

    db.execute("ALTER TABLE `Profile` DROP COLUMN `tag_id`");
    db.execute("DROP TABLE `Tag`");
    StatusReport resolved = db.accordion().build().resolve("2", Resolution.ROLLED_BACK);
    assertEquals(State.PENDING, resolved.migration("2").orElseThrow().state());
    db.write(BROKEN, BROKEN_SQL.replace("`NoSuchTable`", "`Tag`"));
    StatusReport migrated = db.accordion().build().migrate();

    StatusReport.Migration fixed = migrated.migration("2").orElseThrow();
    assertEquals(State.APPLIED, fixed.state());
    assertEquals(1, fixed.failures().size(), "the failed attempt stays on record");
    assertEquals(Resolution.ROLLED_BACK, fixed.failures().get(0).resolution());
    assertTrue(migrated.render().contains("Resolved as rolled back on "), migrated.render());
    assertEquals(1, db.count("SELECT COUNT(*) FROM accordion_history_log WHERE version = '2' "
        + "AND resolved = 'rolled-back' AND error LIKE '%NoSuchTable%'"));
    assertTrue(db.tableExists("Never"));
    assertTrue(db.tableExists("Later"));
  }

  /**
   * A footprint found in the schema refuses a migration with no history row: after an attempt
   * resolved as rolled back whose statements were not all undone, the refusal says so, and once
   * they are, the migration runs again from the start.
   */
  @Test
  void aMigrationResolvedAsRolledBackRunsAgainOnceItsAttemptIsUndone() throws Exception {
    baseline(3);
    String footprinted = """
        -- accordion:migration kind=expand transition=Profile.tag
        -- accordion:footprint
        SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Profile' AND COLUMN_NAME IN ('tag');
        -- accordion:ddl
        ALTER TABLE `Profile` ADD COLUMN IF NOT EXISTS `tag` VARCHAR(20);
        ALTER TABLE `NoSuchTable` ADD COLUMN `x` INT;
        """;
    db.write("V2__tag.sql", footprinted);
    assertThrows(AccordionException.class, () -> db.accordion().build().migrate());
    assertTrue(db.columnExists("Profile", "tag"), "the first statement stays applied");
    db.accordion().build().resolve("2", Resolution.ROLLED_BACK);
    db.write("V2__tag.sql", footprinted.replace("`NoSuchTable` ADD COLUMN `x`",
        "`Profile` ADD COLUMN IF NOT EXISTS `x`"));

    AccordionException refused = assertThrows(AccordionException.class,
        () -> db.accordion().build().migrate());
    assertTrue(refused.getMessage().contains("an attempt of it was resolved as rolled back, but "
        + "the schema still holds what it creates"), refused.getMessage());

    db.execute("ALTER TABLE `Profile` DROP COLUMN `tag`");
    StatusReport migrated = db.accordion().build().migrate();
    assertEquals(State.APPLIED, migrated.migration("2").orElseThrow().state());
    assertTrue(db.columnExists("Profile", "x"));
  }

  @Test
  void aFailedMigrationFinishedByHandIsResolvedAsAppliedFromTheCommandLine() throws Exception {
    baseline(10);
    db.write(BROKEN, BROKEN_SQL);
    assertThrows(AccordionException.class, () -> db.accordion().build().migrate());
    db.execute("CREATE TABLE `Never` (`id` BIGINT PRIMARY KEY)");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(new String[] {"resolve", "2", "--applied", "--url", db.url(),
        "--dir", db.migrations().toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    Map<String, Object> row = db.history("2");
    assertEquals(true, row.get("success"));
    assertEquals("applied", row.get("resolved"));
    assertNotNull(row.get("resolved_at"));
    assertTrue(((String) row.get("error")).contains("NoSuchTable"), "what happened is kept");
    StatusReport status = db.accordion().build().migrate();
    StatusReport.Migration migration = status.migration("2").orElseThrow();
    assertEquals(State.APPLIED, migration.state());
    assertEquals(Resolution.APPLIED, migration.failures().get(0).resolution());
    assertTrue(status.render().contains("Resolved as applied on "), status.render());
  }

  @Test
  void resolveRefusesAMigrationThatDidNotFail() throws Exception {
    baseline(0);
    Accordion accordion = db.accordion().build();

    AccordionException applied = assertThrows(AccordionException.class,
        () -> accordion.resolve("1", Resolution.APPLIED));
    AccordionException unknown = assertThrows(AccordionException.class,
        () -> accordion.resolve("7", Resolution.ROLLED_BACK));

    assertTrue(applied.getMessage().startsWith("Refusing to resolve " + BASELINE + ": it did not "
        + "fail, it was applied on "), applied.getMessage());
    assertTrue(unknown.getMessage().startsWith("Nothing to resolve: no migration with version 7"),
        unknown.getMessage());
    assertEquals(true, db.history("1").get("success"));
  }

  /**
   * The migrating connection is killed while statement 2 waits for a table lock: its row says
   * statement 1 is done and nothing failed. The next boot resumes at statement 2 (statement 1,
   * which cannot run twice, is not run again).
   */
  @Test
  void aMigrationKilledMidDdlResumesAtItsFirstStatementNotDone() throws Exception {
    baseline(10);
    db.write("V2__resumable.sql", """
        -- accordion:migration kind=schema
        -- accordion:ddl
        CREATE TABLE `Tag` (`id` BIGINT PRIMARY KEY);
        ALTER TABLE `Profile` ADD COLUMN IF NOT EXISTS `tag_id` BIGINT;
        CREATE TABLE IF NOT EXISTS `Label` (`id` BIGINT PRIMARY KEY);
        """);
    Connection reader = db.connect();
    reader.setAutoCommit(false);
    AccordionServer.execute(reader, "SELECT COUNT(*) FROM `Profile`");
    // No new connection within this boot: the next boot is the one that resumes.
    CompletableFuture<StatusReport> migrating =
        CompletableFuture.supplyAsync(() -> db.accordion().connectionRetries(0).build().migrate());
    long migrator = waitForStatementWaitingOnALock("ALTER TABLE `Profile`%");

    db.execute("KILL CONNECTION " + migrator);

    Exception killed = assertThrows(Exception.class, () -> migrating.get(30, TimeUnit.SECONDS));
    assertTrue(killed.getCause() instanceof AccordionException, String.valueOf(killed.getCause()));
    assertTrue(killed.getCause().getMessage().contains("the connection to the database was lost")
        && killed.getCause().getMessage().contains("the next migrate continues with this one"), killed.getCause().getMessage());
    reader.rollback();
    reader.close();
    Map<String, Object> row = db.history("2");
    assertEquals(false, row.get("success"));
    assertEquals(1, row.get("ddl_done"));
    assertNull(row.get("error"));
    assertNull(row.get("finished_at"));
    StatusReport status = db.accordion().build().status();
    assertEquals(State.IN_PROGRESS, status.migration("2").orElseThrow().state());
    assertTrue(status.render().contains("V2__resumable.sql: in progress, 1 of 3 DDL statements "
        + "done; the next migrate resumes it."), status.render());

    StatusReport resumed = db.accordion().build().migrate();

    assertEquals(State.APPLIED, resumed.migration("2").orElseThrow().state());
    assertEquals(3, db.history("2").get("ddl_done"));
    assertEquals(true, db.history("2").get("success"));
    assertTrue(db.columnExists("Profile", "tag_id"));
    assertTrue(db.tableExists("Label"));
  }

  /**
   * A user's MAX_STATEMENT_TIME holds for Accordion's statements too: a batch it cancels is
   * tried again at half its size, and the verification counts in key ranges under the limit.
   */
  @Test
  void aMaxStatementTimeOnTheUserShrinksBatchesAndVerifiesInRanges() throws Exception {
    String user = db.name() + "_app";
    db.execute("CREATE USER '" + user + "'@'%' WITH MAX_STATEMENT_TIME 0.05");
    try {
      db.execute("GRANT ALL ON " + db.name() + ".* TO '" + user + "'@'%'");
      Accordion.Builder app = Accordion.builder()
          .dataSource(new dev.accordion.internal.DriverManagerDataSource(
              db.url().replaceAll("([?&])user=[^&]*&?", "$1"), user, ""))
          .directory(db.migrations()).backfillBatchTime(Duration.ZERO);
      db.write(BASELINE, BASELINE_SQL);
      app.build().migrate();
      db.execute("INSERT INTO `Profile` (`id`, `bio`) SELECT seq, CONCAT('bio ', seq) "
          + "FROM seq_1_to_400000");
      db.write(EXPAND, """
          -- accordion:migration kind=expand transition=Profile.biography

          -- accordion:ddl
          ALTER TABLE `Profile` ADD COLUMN `biography` VARCHAR(255);

          -- accordion:backfill batch=1000 key-type=integer start=-9223372036854775808
          SELECT MAX(`id`) FROM (SELECT `id` FROM `Profile` WHERE `id` >= :from ORDER BY `id` LIMIT :batch) AS `batch_keys`;
          UPDATE `Profile` SET `biography` = `bio` WHERE `id` >= :from AND `id` <= :upto AND `biography` IS NULL AND `bio` IS NOT NULL;

          -- accordion:verify
          SELECT COUNT(*) FROM `Profile` WHERE NOT (`bio` <=> `biography`);
          SELECT `id`, `bio`, `biography` FROM `Profile` WHERE NOT (`bio` <=> `biography`) ORDER BY `id`;
          SELECT COUNT(*) FROM `Profile` WHERE `id` >= :from AND `id` <= :upto AND NOT (`bio` <=> `biography`);
          """);

      StatusReport report;
      try (CapturedWarnings warnings = new CapturedWarnings()) {
        report = app.batchSizeOverride(200_000).build().migrate();

        assertTrue(warnings.messages().stream().anyMatch(m -> m.contains("max_statement_time")),
            String.valueOf(warnings.messages()));
      }
      StatusReport.Migration expand = report.migration("2").orElseThrow();
      assertEquals(State.APPLIED, expand.state(), report.render());
      assertEquals(400_000, expand.backfill().rows());
      assertEquals(0, expand.verification().mismatches());
      assertEquals(0, db.count("SELECT COUNT(*) FROM `Profile` WHERE NOT (`bio` <=> `biography`)"));
    } finally {
      db.execute("DROP USER '" + user + "'@'%'");
    }
  }

  /**
   * The same kill within a boot that may reconnect: the boot runs again with a new connection,
   * resumes at the statement the kill cut, and finishes once the long transaction ends.
   */
  @Test
  void aMigrationKilledMidDdlResumesWithinTheSameBoot() throws Exception {
    baseline(10);
    db.write("V2__resumable.sql", """
        -- accordion:migration kind=schema
        -- accordion:ddl
        CREATE TABLE `Tag` (`id` BIGINT PRIMARY KEY);
        ALTER TABLE `Profile` ADD COLUMN IF NOT EXISTS `tag_id` BIGINT;
        """);
    Connection reader = db.connect();
    reader.setAutoCommit(false);
    AccordionServer.execute(reader, "SELECT COUNT(*) FROM `Profile`");
    CompletableFuture<StatusReport> migrating =
        CompletableFuture.supplyAsync(() -> db.accordion().build().migrate());
    long migrator = waitForStatementWaitingOnALock("ALTER TABLE `Profile`%");

    db.execute("KILL CONNECTION " + migrator);
    Thread.sleep(300);
    reader.rollback();

    StatusReport report = migrating.get(60, TimeUnit.SECONDS);
    assertEquals(State.APPLIED, report.migration("2").orElseThrow().state(), report.render());
    assertEquals(2, db.history("2").get("ddl_done"));
    assertTrue(db.columnExists("Profile", "tag_id"));
  }

  /** The id of the connection running {@code like}, once it waits for a metadata lock. */
  private long waitForStatementWaitingOnALock(String like) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<Map<String, Object>> waiting = db.rows("SELECT id FROM information_schema.processlist "
          + "WHERE info LIKE '" + like + "' AND state LIKE 'Waiting for table metadata lock'");
      if (!waiting.isEmpty()) {
        return ((Number) waiting.get(0).get("id")).longValue();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no statement like " + like + " waited for a lock");
  }
}
