package dev.accordion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

  @Test
  void splitsAtSemicolonsAndDropsCommentsBetweenStatements() {
    assertEquals(List.of("CREATE TABLE a (id INTEGER)", "DROP TABLE b"),
        StatementSplitter.split("""
            -- first
            CREATE TABLE a (id INTEGER);

            /* second */
            DROP TABLE b;
            -- trailing comment
            """));
  }

  @Test
  void aSemicolonInQuotesEndsNothing() {
    assertEquals(List.of(
            "INSERT INTO t VALUES ('a;b', 'it''s; fine')",
            "SELECT \"odd;name\", `mysql;name` FROM t"),
        StatementSplitter.split("""
            INSERT INTO t VALUES ('a;b', 'it''s; fine');
            SELECT "odd;name", `mysql;name` FROM t;
            """));
  }

  @Test
  void aSemicolonInACommentEndsNothing() {
    assertEquals(List.of("SELECT 1 -- not here;\nFROM t", "SELECT /* nor; here */ 2"),
        StatementSplitter.split("SELECT 1 -- not here;\nFROM t;\nSELECT /* nor; here */ 2;\n"));
  }

  @Test
  void aTriggerBodyIsOneStatement() {
    String trigger = """
        CREATE TRIGGER "sync" AFTER INSERT ON "Post" FOR EACH ROW BEGIN
          UPDATE "Post" SET "a" = NEW."b" WHERE "id" = NEW."id";
          INSERT INTO "Log" VALUES ('inserted; really');
        END""";

    assertEquals(List.of(trigger, "SELECT 1"), StatementSplitter.split(trigger + ";\nSELECT 1;\n"));
  }

  @Test
  void caseEndInsideATriggerDoesNotEndTheTrigger() {
    String trigger = """
        CREATE TEMP TRIGGER IF NOT EXISTS "sync" AFTER UPDATE OF "status" ON "Post"
        WHEN (CASE WHEN NEW."status" = 'Draft' THEN 0 ELSE 1 END) = 1
        BEGIN
          UPDATE "Post" SET "published" = CASE NEW."status" WHEN 'Published' THEN 1 ELSE 0 END
          WHERE "id" = NEW."id";
          SELECT CASE WHEN 1 THEN (CASE WHEN 2 THEN 'x' END) END;
        END""";

    assertEquals(List.of(trigger, "DROP TABLE x"), StatementSplitter.split(trigger + ";\nDROP TABLE x;"));
  }

  @Test
  void caseEndOutsideTriggersIsOrdinary() {
    assertEquals(List.of("SELECT CASE WHEN a THEN 1 END FROM t", "SELECT 2"),
        StatementSplitter.split("SELECT CASE WHEN a THEN 1 END FROM t; SELECT 2;"));
  }

  @Test
  void mysqlBlocksInsideATriggerBody() {
    String trigger = """
        CREATE TRIGGER sync BEFORE UPDATE ON post FOR EACH ROW BEGIN
          IF NEW.a IS NULL THEN SET NEW.a = NEW.b; END IF;
          CASE WHEN NEW.c = 1 THEN SET NEW.d = 2; ELSE SET NEW.d = 3; END CASE;
        END""";

    assertEquals(List.of(trigger, "SELECT 1"), StatementSplitter.split(trigger + ";\nSELECT 1;"));
  }

  @Test
  void aMariadbAnonymousBlockIsOneStatementAndAPlainBeginIsNot() {
    String block = """
        BEGIN NOT ATOMIC
          IF EXISTS (SELECT 1 FROM information_schema.VIEWS WHERE TABLE_NAME = 'a') THEN
            RENAME TABLE a TO b, c TO a;
          END IF;
        END""";

    assertEquals(List.of(block, "DROP VIEW IF EXISTS b"),
        StatementSplitter.split(block + ";\nDROP VIEW IF EXISTS b;"));
    assertEquals(List.of("BEGIN", "UPDATE t SET a = 1", "COMMIT"),
        StatementSplitter.split("BEGIN;\nUPDATE t SET a = 1;\nCOMMIT;"));
  }

  @Test
  void postgresDollarQuotesAndCasts() {
    String function = "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.a := NEW.b; "
        + "RETURN NEW; END; $body$ LANGUAGE plpgsql";

    assertEquals(List.of(function, "SELECT '1'::int"),
        StatementSplitter.split(function + ";\nSELECT '1'::int;"));
  }

  @Test
  void aLastStatementWithoutSemicolonIsKept() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), StatementSplitter.split("SELECT 1;\nSELECT 2\n"));
  }

  @Test
  void anUnterminatedQuoteIsAnError() {
    SqlLexer.UnterminatedException e = assertThrows(SqlLexer.UnterminatedException.class,
        () -> StatementSplitter.split("SELECT 'open;\nSELECT 2;"));
    assertEquals(7, e.offset);
  }

  @Test
  void namedParametersBecomePositionalAndRepeat() {
    NamedParameters parameters = NamedParameters.parse(
        "UPDATE t SET a = ':from' WHERE k >= :from AND k <= :upto AND j >= :from AND x::text = ''",
        BackfillSection.UPDATE_PARAMETERS);

    assertEquals("UPDATE t SET a = ':from' WHERE k >= ? AND k <= ? AND j >= ? AND x::text = ''",
        parameters.jdbcSql());
    assertEquals(List.of("from", "upto", "from"), parameters.names());
  }

  @Test
  void anUnknownParameterIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NamedParameters.parse("SELECT MAX(id) FROM t WHERE id >= :from LIMIT :upto",
            BackfillSection.NEXT_BATCH_END_PARAMETERS));
    assertEquals("unknown parameter :upto (this statement may use :batch, :from)", e.getMessage());
  }
}
