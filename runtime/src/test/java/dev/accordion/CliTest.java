package dev.accordion;

import static dev.accordion.AccordionSqlite.BASELINE;
import static dev.accordion.AccordionSqlite.CONTRACT;
import static dev.accordion.AccordionSqlite.EXPAND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path folder;
  private AccordionSqlite db;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void database() {
    db = new AccordionSqlite(folder).stage(BASELINE, EXPAND, CONTRACT);
  }

  @Test
  void migratePrintsTheStatus() throws Exception {
    int exit = cli("migrate", "--url", db.url(), "--dir", db.migrations().toString());

    assertEquals(0, exit, err());
    assertEquals(3, db.appliedVersions().size());
    assertTrue(out().startsWith("FILE "), out());
    assertTrue(out().contains("Applied now:\n  " + BASELINE), out());
  }

  @Test
  void statusAndVerifyChangeNothingButVerifications() throws Exception {
    assertEquals(0, cli("status", "--url", db.url(), "--dir", db.migrations().toString()), err());
    assertTrue(out().lines().filter(line -> line.contains("PENDING")).count() == 3, out());

    assertEquals(0, cli("migrate", "--url", db.url(), "--dir", db.migrations().toString()), err());
    assertEquals(0, cli("verify", "--url", db.url(), "--dir", db.migrations().toString()), err());
    assertEquals(0, cli("complete", "--url", db.url(), "--dir", db.migrations().toString()), err());
  }

  @Test
  void readsTheClassPathLocation() throws Exception {
    assertEquals(0, cli("migrate", "--url", db.url(), "--location", "db/accordion"), err());
    assertEquals(3, db.appliedVersions().size());
  }

  @Test
  void aFailureExitsWithOneAndTheMessageOnly() throws Exception {
    cli("migrate", "--url", db.url(), "--dir", db.migrations().toString());
    db.write(BASELINE, db.read(BASELINE).replace("255", "256"));

    int exit = cli("migrate", "--url", db.url(), "--dir", db.migrations().toString());

    assertEquals(1, exit);
    assertTrue(err().startsWith("accordion migrate failed: " + BASELINE + " changed after it was "
        + "applied"), err());
    assertFalse(err().contains("\tat "), "no stack trace without --debug");
  }

  @Test
  void resolveRefusesAMigrationThatDidNotFail() throws Exception {
    cli("migrate", "--url", db.url(), "--dir", db.migrations().toString());

    int exit = cli("resolve", "20260101100000.1", "--rolled-back", "--url", db.url(), "--dir",
        db.migrations().toString());

    assertEquals(1, exit);
    assertTrue(err().startsWith("accordion resolve failed: Refusing to resolve " + BASELINE
        + ": it did not fail, it was applied on "), err());
    assertEquals(3, db.appliedVersions().size());
  }

  @Test
  void debugAddsTheStackTrace() {
    int exit = cli("status", "--url", "jdbc:nosuchdriver:x", "--debug");

    assertEquals(1, exit);
    assertTrue(err().startsWith("accordion status failed: "), err());
    assertTrue(err().contains("\tat "), err());
  }

  @Test
  void badArgumentsPrintTheUsage() {
    assertEquals(2, cli());
    assertEquals(2, cli("upgrade", "--url", db.url()));
    assertTrue(err().contains("unknown command 'upgrade'"), err());
    assertEquals(2, cli("migrate"));
    assertTrue(err().contains("--url is required"), err());
    assertEquals(2, cli("migrate", "--url"));
    assertEquals(2, cli("migrate", "--url", db.url(), "--dir", "a", "--location", "b"));
    assertTrue(err().contains("Usage: java"), err());
    assertEquals(2, cli("resolve", "--url", db.url()));
    assertTrue(err().contains("resolve needs the version of the failed migration"), err());
    assertEquals(2, cli("resolve", "20260101100000.1", "--url", db.url()));
    assertTrue(err().contains("resolve needs one of --applied"), err());
    assertEquals(2, cli("resolve", "20260101100000.1", "--applied", "--rolled-back", "--url", db.url()));
    assertEquals(2, cli("migrate", "--applied", "--url", db.url()));
    assertTrue(err().contains("--applied and --rolled-back are for resolve only"), err());
    assertEquals(0, cli("--help"));
    assertTrue(out().contains("Commands:"), out());
  }

  private int cli(String... args) {
    return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
