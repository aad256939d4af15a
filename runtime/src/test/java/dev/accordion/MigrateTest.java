package dev.accordion;

import static dev.accordion.AccordionSqlite.BASELINE;
import static dev.accordion.AccordionSqlite.BASELINE_VERSION;
import static dev.accordion.AccordionSqlite.CONTRACT;
import static dev.accordion.AccordionSqlite.EXPAND;
import static dev.accordion.AccordionSqlite.EXPAND_VERSION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

class MigrateTest {

  @TempDir Path folder;

  @Test
  void appliesMigrationsInVersionOrderAndRecordsEach() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(CONTRACT, BASELINE, EXPAND);

    StatusReport report = db.migrate();

    assertEquals(List.of("20260101100000.1", "20260102100000.1", "20260103100000.1"),
        db.appliedVersions());
    assertEquals(List.of(BASELINE, EXPAND, CONTRACT),
        report.appliedByThisCall().stream().map(StatusReport.Migration::file).toList());
    Map<String, Object> expand = db.history(AccordionSqlite.EXPAND_VERSION);
    assertEquals("expand Profile biography", expand.get("description"));
    assertEquals("expand", expand.get("kind"));
    assertEquals("Profile.biography", expand.get("transition"));
    assertEquals(EXPAND, expand.get("script"));
    assertEquals(crc32(db.read(EXPAND)), expand.get("checksum"), "CRC-32, as Flyway users know it");
    assertEquals(1, expand.get("success"));
    assertNotNull(expand.get("started_at"));
    assertNotNull(expand.get("finished_at"));
    Map<String, Object> baseline = db.history(AccordionSqlite.BASELINE_VERSION);
    assertNull(baseline.get("backfill_done"), "no backfill, no backfill state");
    assertNull(baseline.get("verify_mismatches"));
    assertNull(baseline.get("transition"));
    assertFalse(db.columnExists("Profile", "bio"), "the contract ran at boot on SQLite");
  }

  @Test
  void secondMigrateChangesNothing() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND, CONTRACT);
    db.migrate();
    List<Map<String, Object>> before = db.rows("SELECT * FROM accordion_history ORDER BY version");

    StatusReport second = db.migrate();

    assertTrue(second.appliedByThisCall().isEmpty());
    assertEquals(before, db.rows("SELECT * FROM accordion_history ORDER BY version"));
  }

  @Test
  void migrateWithNothingToDoNeverWrites() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND, CONTRACT);
    db.migrate();
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    SQLiteDataSource readOnlySource = new SQLiteDataSource(readOnly);
    readOnlySource.setUrl(db.url());

    StatusReport report =
        Accordion.builder().dataSource(readOnlySource).directory(db.migrations()).build().migrate();

    assertTrue(report.pending().isEmpty());
  }

  @Test
  void readsTheIndexFromTheClassPathByDefault() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder);

    StatusReport report = Accordion.migrate(db.dataSource());

    assertEquals(3, report.appliedByThisCall().size());
    assertEquals(3, db.appliedVersions().size());
  }

  @Test
  void anAppliedFileThatChangedStopsTheBootNamingIt() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.write(BASELINE, db.read(BASELINE).replace("VARCHAR(255)", "VARCHAR(500)"));

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().startsWith(BASELINE + " changed after it was applied"), e.getMessage());
    assertTrue(e.getMessage().contains("restore the file"), e.getMessage());
    assertTrue(e.getMessage().contains("write a new migration"), e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedNamingIt() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    Path file = db.migrations().resolve("sqlite").resolve("V20260104100000_1__latin1.sql");
    java.nio.file.Files.write(file, "-- accordion:migration kind=schema\nCREATE TABLE \"Stra\u00dfe\" (\"id\" INTEGER);\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertEquals(file + " is not valid UTF-8. Save it as UTF-8 (the encoding the processor "
        + "writes) and start again.", e.getMessage());
    assertFalse(db.columnExists("Profile", "id"), "the baseline before it did not run either");
  }

  @Test
  void migrationsAreReadFromAnyFileSystemAPathCanNameSuchAsAZip() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND);
    Path zip = folder.resolve("migrations.zip");
    try (java.nio.file.FileSystem zipped = java.nio.file.FileSystems.newFileSystem(zip,
        Map.of("create", "true"))) {
      java.nio.file.Files.createDirectories(zipped.getPath("/sqlite"));
      for (String file : List.of(BASELINE, EXPAND)) {
        java.nio.file.Files.writeString(zipped.getPath("/sqlite", file), db.read(file));
      }
    }

    try (java.nio.file.FileSystem zipped = java.nio.file.FileSystems.newFileSystem(zip)) {
      StatusReport report = Accordion.builder().dataSource(db.dataSource())
          .directory(zipped.getPath("/")).build().migrate();

      assertEquals(List.of(BASELINE, EXPAND),
          report.appliedByThisCall().stream().map(StatusReport.Migration::file).toList());
    }
  }

  @Test
  void windowsLineEndingsAreNotAChange() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND);
    db.migrate();
    db.write(EXPAND, db.read(EXPAND).replace("\n", "\r\n"));
    db.write(BASELINE, db.read(BASELINE).replace("\n", "\r"));

    StatusReport report = db.migrate();

    assertTrue(report.appliedByThisCall().isEmpty());
    assertTrue(report.migrations().stream().allMatch(m -> m.state() == StatusReport.State.APPLIED));
  }

  @Test
  void aRecordedMigrationWithoutItsFileStopsTheBoot() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND, CONTRACT);
    db.accordion().build().complete();
    java.nio.file.Files.delete(db.migrations().resolve("sqlite").resolve(EXPAND));

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().startsWith(EXPAND + " (version 20260102100000.1) is recorded"),
        e.getMessage());
    assertTrue(e.getMessage().contains("no migration file has that version, though later ones "
        + "exist. Restore the file"), e.getMessage());
    assertEquals(StatusReport.State.MISSING,
        db.accordion().build().status().migration("20260102100000.1").orElseThrow().state());
  }

  /** An instance of the previous release restarting mid-deploy, or a rollback. */
  @Test
  void aNewerReleasesExpandLeavesThisReleaseBooting() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND);
    db.migrate();
    java.nio.file.Files.delete(db.migrations().resolve("sqlite").resolve(EXPAND));

    StatusReport report = db.migrate();

    assertEquals(StatusReport.State.NEWER, report.migration(EXPAND_VERSION).orElseThrow().state());
    assertTrue(report.render().contains("This database is ahead of this release: a newer "
        + "release applied 1 migration it does not ship (" + EXPAND + ")"), report.render());
    assertTrue(report.appliedByThisCall().isEmpty());
    assertEquals(StatusReport.State.NEWER, db.accordion().target(BASELINE_VERSION).build()
        .verify().migration(EXPAND_VERSION).orElseThrow().state());
  }

  @Test
  void aNewerReleasesRenameStopsThisRelease() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    String rename = "V20260104100000_1__rename_Profile_bio.sql";
    db.write(rename, """
        -- accordion:migration kind=rename
        ALTER TABLE "Profile" RENAME COLUMN "bio" TO "about";
        """);
    db.migrate();
    java.nio.file.Files.delete(db.migrations().resolve("sqlite").resolve(rename));

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().startsWith(rename + " (version 20260104100000.1, a rename, "
        + "applied on "), e.getMessage());
    assertTrue(e.getMessage().contains("was applied to this database by a newer release, and it "
        + "took away what this release still uses. Run a release that ships " + rename
        + " or a later one."), e.getMessage());
    StatusReport status = db.accordion().build().status();
    assertEquals(StatusReport.State.NEWER_INCOMPATIBLE,
        status.migration("20260104100000.1").orElseThrow().state());
    assertThrows(AccordionException.class, () -> db.accordion().build().verify());
  }

  /** The remedy names the culprit: a full disk is not the file's fault. */
  @Test
  void aFullDatabaseIsNotBlamedOnTheFile() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.write("V20260104100000_1__big.sql", """
        -- accordion:migration kind=schema
        PRAGMA max_page_count = 12;
        CREATE TABLE "Big" ("id" INTEGER PRIMARY KEY, "text" TEXT);
        INSERT INTO "Big" ("text") WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n
          WHERE i < 5000) SELECT printf('%.200c', 'x') FROM n;
        """);

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().contains("SQLITE_FULL"), e.getMessage());
    assertTrue(e.getMessage().contains("the database cannot write (its disk is full, or it is "
        + "read-only); nothing the file says is at fault"), e.getMessage());
    assertFalse(e.getMessage().contains("Fix the file"), e.getMessage());
  }

  @Test
  void aReadOnlyDatabaseIsNotBlamedOnTheFile() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.stage(EXPAND);
    org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
    readOnly.setReadOnly(true);
    org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource(readOnly);
    dataSource.setUrl(db.url());

    AccordionException e = assertThrows(AccordionException.class, () -> Accordion.builder()
        .dataSource(dataSource).directory(db.migrations()).build().migrate());

    assertTrue(e.getMessage().contains("the database cannot write"), e.getMessage());
    assertFalse(e.getMessage().contains("Fix the file"), e.getMessage());
  }

  @Test
  void aGuardThatFindsRowsRefusesAndNothingRuns() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.execute("INSERT INTO \"Profile\" (\"id\", \"bio\") VALUES (1, NULL), (2, NULL), (3, 'x')");
    String guarded = "V20260104100000_1__bio_not_null.sql";
    db.write(guarded, """
        -- accordion:migration kind=schema
        -- Profile.bio becomes required.

        -- accordion:guard
        SELECT COUNT(*) FROM "Profile" WHERE "bio" IS NULL;

        -- accordion:ddl
        CREATE TABLE "Marker" ("id" INTEGER PRIMARY KEY);
        """);

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().startsWith(guarded + " was not applied: its guard found 2 rows"),
        e.getMessage());
    assertTrue(e.getMessage().contains("SELECT COUNT(*) FROM \"Profile\" WHERE \"bio\" IS NULL"));
    assertTrue(e.getMessage().contains("Fix the rows this query finds"), e.getMessage());
    assertEquals(0, db.count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'Marker'"));
    assertNull(db.history("20260104100000.1"));
  }

  /**
   * A new side the release reads alone (a renamed table's copy) must agree before the release
   * starts: its verification refuses, and does so again on the next migrate until fixed.
   */
  @Test
  void aVerificationThatMustAgreeFailsTheMigrateUntilTheRowsAgree() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.execute("INSERT INTO \"Profile\" (\"id\", \"bio\") VALUES (1, 'a'), (2, 'b')");
    String copy = "V20260104100000_1__expand_copy.sql";
    db.write(copy, """
        -- accordion:migration kind=expand transition=ProfileCopy

        -- accordion:ddl
        CREATE TABLE "ProfileCopy" ("id" INTEGER PRIMARY KEY, "bio" VARCHAR(255));
        INSERT INTO "ProfileCopy" SELECT * FROM "Profile" WHERE "id" = 1;

        -- accordion:verify on-mismatch=refuse
        SELECT COUNT(*) FROM (SELECT * FROM "Profile" EXCEPT SELECT * FROM "ProfileCopy");
        """);

    AccordionException refused = assertThrows(AccordionException.class, () -> db.migrate());
    assertTrue(refused.getMessage().contains("found 1 row that differ"), refused.getMessage());
    assertTrue(refused.getMessage().contains("must not start"), refused.getMessage());
    assertThrows(AccordionException.class, () -> db.migrate(), "refused again");

    db.execute("INSERT INTO \"ProfileCopy\" VALUES (2, 'b')");
    db.migrate();
    assertEquals(0, ((Number) db.history("20260104100000.1").get("verify_mismatches")).intValue());
  }

  @Test
  void aGuardThatSelectsRowsNamesThemAndNothingRuns() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.execute("INSERT INTO \"Profile\" (\"id\", \"bio\") VALUES (1, 'same'), (2, 'same'), (3, 'x'),"
        + " (4, 'twice'), (5, 'twice')");
    String guarded = "V20260104100000_1__bio_unique.sql";
    db.write(guarded, """
        -- accordion:migration kind=schema
        -- Profile.bio becomes unique.

        -- accordion:guard
        SELECT "bio", COUNT(*) AS "profiles", MIN("id") AS "first", MAX("id") AS "last" FROM "Profile" GROUP BY "bio" HAVING COUNT(*) > 1 ORDER BY "bio";

        -- accordion:ddl
        CREATE TABLE "Marker" ("id" INTEGER PRIMARY KEY);
        """);

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().startsWith(guarded + " was not applied: its guard found 2 rows"),
        e.getMessage());
    assertTrue(e.getMessage().contains("\n      bio=same, profiles=2, first=1, last=2"
        + "\n      bio=twice, profiles=2, first=4, last=5\n"), e.getMessage());
    assertEquals(0, db.count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'Marker'"));
    assertNull(db.history("20260104100000.1"));
  }

  @Test
  void aFailingStatementRollsBackTheWholeMigrationAndRecordsNothing() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    String broken = "V20260104100000_1__broken.sql";
    db.write(broken, """
        -- accordion:migration kind=schema

        -- accordion:ddl
        CREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(50));
        ALTER TABLE "Profile" ADD COLUMN "tag_id" INTEGER;
        ALTER TABLE "NoSuchTable" ADD COLUMN "x" INTEGER;
        CREATE TABLE "Never" ("id" INTEGER PRIMARY KEY);
        """);

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().startsWith(broken + ": DDL statement 3 of 4 failed"), e.getMessage());
    assertTrue(e.getMessage().contains("ALTER TABLE \"NoSuchTable\""), e.getMessage());
    assertTrue(e.getMessage().contains("rolled back and nothing was recorded"), e.getMessage());
    assertEquals(0, db.count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'Tag'"));
    assertFalse(db.columnExists("Profile", "tag_id"));
    assertNull(db.history("20260104100000.1"));
    assertEquals(StatusReport.State.PENDING,
        db.accordion().build().status().migration("20260104100000.1").orElseThrow().state());
  }

  @Test
  void aBrokenFileIsReportedWithItsNameAndLine() {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.write("V20260104100000_1__bad.sql", """
        -- accordion:migration kind=schema

        -- accordion:ddl
        CREATE TABLE "T" ("name" VARCHAR(10) DEFAULT 'unclosed);
        """);

    AccordionException e = assertThrows(AccordionException.class, () -> db.migrate());

    assertTrue(e.getMessage().startsWith("V20260104100000_1__bad.sql, line 4: unterminated ' quote"),
        e.getMessage());
  }

  @Test
  void versionsAreOrderedAsNumbersNotText() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder)
        .write("V9__first.sql", "-- accordion:migration kind=schema\nCREATE TABLE \"A\" (\"id\" INTEGER);\n")
        .write("V10__second.sql", "-- accordion:migration kind=schema\nCREATE TABLE \"B\" (\"id\" INTEGER);\n")
        .write("V10_2__third.sql", "-- accordion:migration kind=schema\nCREATE TABLE \"C\" (\"id\" INTEGER);\n");

    StatusReport report = db.migrate();

    assertEquals(List.of("9", "10", "10.2"),
        report.appliedByThisCall().stream().map(StatusReport.Migration::version).toList());
  }

  @Test
  void resolveRefusesWhenNothingWasEverRecorded() {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);

    AccordionException e = assertThrows(AccordionException.class,
        () -> db.accordion().build().resolve(AccordionSqlite.BASELINE_VERSION,
            Resolution.ROLLED_BACK));

    assertTrue(e.getMessage().startsWith("Nothing to resolve: accordion_history does not exist"),
        e.getMessage());
  }

  /** Adopting a database made without Accordion needs every table the baseline creates. */
  @Test
  void resolvingABaselineThatNeverRanAsAppliedNeedsItsTables() {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);

    AccordionException e = assertThrows(AccordionException.class,
        () -> db.accordion().build().resolve(AccordionSqlite.BASELINE_VERSION, Resolution.APPLIED));

    assertTrue(e.getMessage().startsWith("Refusing to resolve "), e.getMessage());
    assertTrue(e.getMessage().contains(" as applied: this database lacks "), e.getMessage());
    assertTrue(e.getMessage().endsWith("It has none of its tables: migrate applies it."),
        e.getMessage());
  }

  private static String crc32(String text) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return String.format("%08x", crc.getValue());
  }
}
