package dev.accordion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.internal.DriverManagerDataSource;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL's server-prepared statements across schema changes. pgjdbc prepares a statement on
 * the server once a connection has run it five times ({@code prepareThreshold}), and the server
 * refuses to run it again, with "cached plan must not change result type", once DDL changed the
 * shape of its result; inside a transaction that fails the transaction, unless the driver's
 * {@code autosave} is on. Accordion's own statements name their columns, and a boot with
 * migrations pending says which setting keeps the application's statements working.
 */
class PreparedStatementsTest {

  @RegisterExtension final AccordionServer db = AccordionServer.postgres();

  private void baselineAndPendingExpand() throws Exception {
    db.write(PostgresTest.BASELINE, PostgresTest.BASELINE_SQL);
    db.accordion().build().migrate();
    db.seedProfiles("profile", 1_000);
    db.write(PostgresTest.EXPAND, PostgresTest.EXPAND_SQL);
  }

  /**
   * A pooled connection keeps the history read Accordion's backfill ran on it, prepared on the
   * server; a newer runtime then adds a history column. The read names its columns, so its
   * result keeps its shape and the next verification, which reads in a transaction, still runs.
   */
  @Test
  void aHistoryReadPreparedBeforeANewerRuntimeAddedAColumnStillRuns() throws Exception {
    baselineAndPendingExpand();
    try (Connection pooled = db.connect()) {
      db.accordion().dataSource(KeptConnection.dataSource(pooled)).build().migrate();
      db.execute("ALTER TABLE accordion_history ADD COLUMN added_by_a_newer_runtime TEXT");
      db.write(PostgresTest.CONTRACT, PostgresTest.CONTRACT_SQL); // verify reads its row first

      StatusReport verified =
          db.accordion().dataSource(KeptConnection.dataSource(pooled)).build().verify();

      assertEquals(0L, verified.migration("2").orElseThrow().verification().mismatches(),
          verified.render());
    }
  }

  @Test
  void aBootWithAnExpandPendingWarnsOfTheDriversDefaultAndNamesTheSetting() throws Exception {
    baselineAndPendingExpand();
    try (CapturedWarnings warnings = new CapturedWarnings();
        Connection pooled = db.connect()) {
      db.accordion().dataSource(KeptConnection.dataSource(pooled)).build().migrate();

      assertEquals(1, warnings.messages().size(), warnings.messages().toString());
      String warning = warnings.messages().get(0);
      assertTrue(warning.startsWith("The pending migration " + PostgresTest.EXPAND + " changes"),
          warning);
      assertTrue(warning.contains("autosave=never and prepareThreshold=5"), warning);
      assertTrue(warning.contains("cached plan must not change result type"), warning);
      assertTrue(warning.contains("Set autosave=conservative"), warning);
    }
  }

  @Test
  void aContractLeftToCompleteWarnsAtBootAndAtComplete() throws Exception {
    baselineAndPendingExpand();
    db.accordion().dataSource(url("autosave=conservative")).build().migrate();
    db.write(PostgresTest.CONTRACT, PostgresTest.CONTRACT_SQL);
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      db.accordion().build().migrate();
      db.accordion().build().complete();
      db.accordion().build().migrate();

      assertEquals(2, warnings.messages().size(), warnings.messages().toString());
      warnings.messages().forEach(warning -> assertTrue(
          warning.startsWith("The pending migration " + PostgresTest.CONTRACT), warning));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"autosave=conservative", "autosave=always", "prepareThreshold=0",
      "preferQueryMode=simple"})
  void aDriverThatRetriesOrPreparesNothingOnTheServerGetsNoWarning(String setting)
      throws Exception {
    baselineAndPendingExpand();
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      db.accordion().dataSource(url(setting)).build().migrate();

      assertEquals(List.of(), warnings.messages());
    }
  }

  @Test
  void aFirstBootOrOneWithNothingPendingGetsNoWarning() throws Exception {
    db.write(PostgresTest.BASELINE, PostgresTest.BASELINE_SQL);
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      db.accordion().build().migrate();
      db.accordion().build().migrate();

      assertEquals(List.of(), warnings.messages());
    }
  }

  private DataSource url(String setting) {
    return new DriverManagerDataSource(db.url() + "&" + setting, null, null);
  }
}
