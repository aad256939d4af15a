package dev.accordion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.AccordionException;
import dev.accordion.format.MigrationKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationParserTest {

  private static final String EXPAND = """
      -- accordion:migration kind=expand transition=Post.status
      -- Expand Post.published into Post.status.
      -- Second line for people.

      -- accordion:footprint
      SELECT COUNT(*) FROM pragma_table_info('Post') WHERE name IN ('status');

      -- accordion:guard
      SELECT COUNT(*) FROM "Post" WHERE "published" IS NULL;

      -- accordion:ddl foreign-keys=off
      ALTER TABLE "Post" ADD COLUMN "status" VARCHAR(20);

      -- accordion:backfill batch=500 key-type=text start=''
      SELECT MAX("id") FROM (SELECT "id" FROM "Post" WHERE "id" >= :from ORDER BY "id" LIMIT :batch) AS "k";
      UPDATE "Post" SET "status" = 'Draft' WHERE "id" >= :from AND "id" <= :upto AND "status" IS NULL;

      -- accordion:verify
      SELECT COUNT(*) FROM "Post" WHERE "status" IS NULL;
      SELECT "id", "published", "status" FROM "Post" WHERE "status" IS NULL ORDER BY "id";
      SELECT COUNT(*) FROM "Post" WHERE "id" >= :from AND "id" <= :upto AND "status" IS NULL;
      """;

  @Test
  void readsEverySection() {
    MigrationFile file = MigrationParser.parse("V20261122110000_1__expand_Post_status.sql", EXPAND);

    assertEquals("20261122110000.1", file.version());
    assertEquals("expand Post status", file.description());
    assertEquals(MigrationKind.EXPAND, file.kind());
    assertEquals("Post.status", file.transition());
    assertEquals(List.of("Expand Post.published into Post.status.", "Second line for people."),
        file.notes());
    assertEquals(List.of("SELECT COUNT(*) FROM \"Post\" WHERE \"published\" IS NULL"), file.guards());
    assertEquals(List.of("ALTER TABLE \"Post\" ADD COLUMN \"status\" VARCHAR(20)"), file.ddl());
    assertTrue(file.foreignKeysOff());
    BackfillSection backfill = file.backfill();
    assertEquals(500, backfill.batchSize());
    assertEquals(BackfillSection.KeyType.TEXT, backfill.keyType());
    assertEquals("", backfill.start());
    assertEquals(List.of("from", "batch"), backfill.nextBatchEnd().names());
    assertEquals(List.of("from", "upto"), backfill.update().names());
    assertEquals("SELECT COUNT(*) FROM \"Post\" WHERE \"status\" IS NULL", file.verify().count());
    assertEquals("SELECT \"id\", \"published\", \"status\" FROM \"Post\" WHERE \"status\" IS NULL"
        + " ORDER BY \"id\"", file.verify().list());
    assertEquals(List.of("from", "upto"), file.verify().countInRange().names());
    assertEquals("SELECT COUNT(*) FROM pragma_table_info('Post') WHERE name IN ('status')",
        file.footprint());
  }

  @Test
  void refusesAVerifyOfFourStatementsOrARangeWithoutAWalkAndAFootprintOfTwo() {
    AccordionException verify = assertThrows(AccordionException.class,
        () -> MigrationParser.parse("V1__t.sql", "-- accordion:migration kind=expand\n"
            + "-- accordion:verify\nSELECT COUNT(*) FROM t;\nSELECT 1;\nSELECT 2;\nSELECT 3;\n")
            .body());
    assertTrue(verify.getMessage().startsWith("V1__t.sql, line 2: the verify section needs one "
        + "SELECT COUNT(*) statement, may list the rows it counts in a second, and count them in "
        + "a key range (:from through :upto) in a third, found 4"), verify.getMessage());
    AccordionException range = assertThrows(AccordionException.class,
        () -> MigrationParser.parse("V1__t.sql", "-- accordion:migration kind=expand\n"
            + "-- accordion:verify\nSELECT COUNT(*) FROM t;\nSELECT 1;\n"
            + "SELECT COUNT(*) FROM t WHERE k >= :from AND k <= :upto;\n").body());
    assertTrue(range.getMessage().startsWith("V1__t.sql, line 2: the verify section's third "
        + "statement counts a key range of the backfill's walk, and this file has no backfill"),
        range.getMessage());
    AccordionException footprint = assertThrows(AccordionException.class,
        () -> MigrationParser.parse("V1__t.sql", "-- accordion:migration kind=expand\n"
            + "-- accordion:footprint\nSELECT 1;\nSELECT 2;\n").body());
    assertTrue(footprint.getMessage().startsWith("V1__t.sql, line 2: the footprint section needs "
        + "exactly one SELECT"), footprint.getMessage());
  }

  @Test
  void statementsBeforeAnySectionAreDdl() {
    MigrationFile file = MigrationParser.parse("V1__t.sql", """
        -- accordion:migration kind=schema
        -- Adds T.
        CREATE TABLE "T" ("id" INTEGER);
        -- accordion:ddl
        CREATE INDEX "T_id" ON "T" ("id");
        """);

    assertEquals(List.of("CREATE TABLE \"T\" (\"id\" INTEGER)", "CREATE INDEX \"T_id\" ON \"T\" (\"id\")"),
        file.ddl());
    assertEquals(List.of("Adds T."), file.notes());
    assertFalse(file.foreignKeysOff());
    assertNull(file.backfill());
    assertNull(file.transition());
  }

  @Test
  void theChecksumIgnoresLineEndings() {
    String unix = MigrationParser.parse("V1__t.sql", EXPAND).checksum();

    assertEquals(unix, MigrationParser.parse("V1__t.sql", EXPAND.replace("\n", "\r\n")).checksum());
    assertEquals(unix, MigrationParser.parse("V1__t.sql", EXPAND.replace("\n", "\r")).checksum());
    assertFalse(unix.equals(MigrationParser.parse("V1__t.sql", EXPAND + "\n").checksum()));
  }

  @Test
  void readsTheOnlineSectionBetweenDdlAndBackfill() {
    MigrationFile file = MigrationParser.parse("V1__t.sql", """
        -- accordion:migration kind=expand transition=Post.status
        -- accordion:ddl
        ALTER TABLE "post" ADD COLUMN "status" VARCHAR(20);
        -- accordion:online
        CREATE INDEX CONCURRENTLY IF NOT EXISTS "post_status_idx" ON "post" ("status");
        ALTER TABLE "post" VALIDATE CONSTRAINT "post_status_check";
        -- accordion:backfill batch=10 key-type=integer start=0
        SELECT MAX("id") FROM (SELECT "id" FROM "post" WHERE "id" >= :from LIMIT :batch) AS "k";
        UPDATE "post" SET "status" = 'Draft' WHERE "id" >= :from AND "id" <= :upto;
        """);

    assertEquals(List.of("ALTER TABLE \"post\" ADD COLUMN \"status\" VARCHAR(20)"), file.ddl());
    assertEquals(List.of(
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"post_status_idx\" ON \"post\" (\"status\")",
        "ALTER TABLE \"post\" VALIDATE CONSTRAINT \"post_status_check\""), file.online());
    assertEquals(10, file.backfill().batchSize());
    assertEquals(List.of(), MigrationParser.parse("V1__t.sql", EXPAND).online());
  }

  @Test
  void refusesAnOnlineSectionOutOfOrderOrEmpty() {
    assertRefused("V1__t.sql, line 4: the ddl section must come before the online section "
            + "(order: footprint, guard, ddl, online, backfill, verify)",
        "-- accordion:migration kind=schema\n-- accordion:online\nSELECT 1;\n-- accordion:ddl\n");
    assertRefused("V1__t.sql, line 2: the online section has no statement",
        "-- accordion:migration kind=schema\n-- accordion:online\n-- nothing\n");
    assertRefused("V1__t.sql, line 2: unknown attribute 'fast'",
        "-- accordion:migration kind=schema\n-- accordion:online fast=yes\nSELECT 1;\n");
  }

  @Test
  void refusesWhatTheFormatDoesNotAllow() {
    assertRefused("V1__t.sql, line 1: the first line must be", "CREATE TABLE t (id INTEGER);\n");
    assertRefused("V1__t.sql, line 1: unknown kind 'squash'", "-- accordion:migration kind=squash\n");
    assertRefused("V1__t.sql, line 1: missing attribute kind=", "-- accordion:migration\n");
    assertRefused("V1__t.sql, line 3: the guard section must come before the ddl section",
        "-- accordion:migration kind=schema\n-- accordion:ddl\n-- accordion:guard\nSELECT 0;\n");
    assertRefused("V1__t.sql, line 3: the ddl section appears twice",
        "-- accordion:migration kind=schema\n-- accordion:ddl\n-- accordion:ddl\n");
    assertRefused("V1__t.sql, line 2: unknown section '-- accordion:rollback'",
        "-- accordion:migration kind=schema\n-- accordion:rollback\n");
    assertRefused("V1__t.sql, line 2: the backfill section needs exactly two statements",
        "-- accordion:migration kind=expand\n-- accordion:backfill batch=10 key-type=integer start=0\n"
            + "SELECT 1;\n");
    assertRefused("V1__t.sql, line 2: batch must be a positive whole number",
        "-- accordion:migration kind=expand\n-- accordion:backfill batch=0 key-type=integer start=0\n"
            + "SELECT :from, :batch;\nUPDATE t SET a = 1 WHERE k >= :from AND k <= :upto;\n");
    assertRefused("V1__t.sql, line 2: unknown attribute 'fast'",
        "-- accordion:migration kind=schema\n-- accordion:ddl fast=yes\n");
    assertRefused("V1__t.sql, line 4: unterminated /* comment",
        "-- accordion:migration kind=schema\n-- accordion:ddl\nSELECT 1;\n/* open\n");
    assertRefused("bad.sql: the name must be V<version>__<description>.sql",
        "-- accordion:migration kind=schema\n", "bad.sql");
  }

  private static void assertRefused(String expectedStart, String text) {
    assertRefused(expectedStart, text, "V1__t.sql");
  }

  private static void assertRefused(String expectedStart, String text, String fileName) {
    AccordionException e =
        assertThrows(AccordionException.class, () -> MigrationParser.parse(fileName, text).body());
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }
}
