package dev.accordion;

import static dev.accordion.AccordionSqlite.BASELINE;
import static dev.accordion.AccordionSqlite.CONTRACT;
import static dev.accordion.AccordionSqlite.CONTRACT_VERSION;
import static dev.accordion.AccordionSqlite.EXPAND;
import static dev.accordion.AccordionSqlite.EXPAND_VERSION;
import static dev.accordion.AccordionSqlite.TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.StatusReport.State;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusReportTest {

  @TempDir Path folder;

  @Test
  void aNewDatabaseIsAllPendingAndStatusCreatesNothing() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE, EXPAND, CONTRACT);

    StatusReport report = db.accordion().contractsAtBoot(false).build().status();

    assertEquals(List.of(State.PENDING, State.PENDING, State.PENDING_CONTRACT),
        report.migrations().stream().map(StatusReport.Migration::state).toList());
    assertEquals(3, report.pending().size());
    assertEquals(0, db.count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'accordion_history'"));
  }

  @Test
  void showsEachMigrationWithItsBackfillAndVerification() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.seedProfiles(1_000);
    db.stage(EXPAND, CONTRACT);
    assertThrows(IllegalStateException.class, () -> db.accordion().contractsAtBoot(false)
        .afterBatch(progress -> {
          if (progress.batch() == 4) {
            throw new IllegalStateException("crash");
          }
        }).build().migrate());

    StatusReport report = db.accordion().contractsAtBoot(false).build().status();

    StatusReport.Migration expand = report.migration(EXPAND_VERSION).orElseThrow();
    assertEquals(EXPAND, expand.file());
    assertEquals("expand Profile biography", expand.description());
    assertEquals("expand", expand.kind());
    assertEquals(TRANSITION, expand.transition());
    assertEquals(State.APPLIED, expand.state());
    assertNotNull(expand.appliedAt());
    assertEquals(new StatusReport.Backfill(400, "400", false), expand.backfill());
    assertNull(expand.verification(), "not verified before the backfill is done");
    assertEquals(List.of("Expand Profile.bio into Profile.biography (copy).",
        "Adds \"biography\" next to \"bio\", keeps both equal with triggers and copies every row."),
        expand.notes());
    StatusReport.Migration contract = report.migration(CONTRACT_VERSION).orElseThrow();
    assertEquals(State.PENDING_CONTRACT, contract.state());
    assertNull(contract.appliedAt());
    assertNull(report.migration(AccordionSqlite.BASELINE_VERSION)
        .orElseThrow().backfill());

    String table = report.render();
    assertTrue(table.startsWith("FILE "), table);
    assertTrue(table.contains("KIND"), table);
    assertTrue(table.lines().anyMatch(line -> line.startsWith(EXPAND)
        && line.contains("Profile.biography") && line.contains("APPLIED")
        && line.contains("400 rows, after key 400")), table);
    assertTrue(table.lines().anyMatch(line -> line.startsWith(CONTRACT)
        && line.contains("PENDING_CONTRACT")), table);
    assertEquals(table, report.toString());

    StatusReport finished = db.accordion().contractsAtBoot(false).build().migrate();
    StatusReport.Migration done = finished.migration(EXPAND_VERSION).orElseThrow();
    assertEquals(new StatusReport.Backfill(1_000, "1000", true), done.backfill());
    assertEquals(0, done.verification().mismatches());
    assertTrue(finished.render().lines().anyMatch(line -> line.startsWith(EXPAND)
        && line.contains("1000 rows, done") && line.contains("verified")), finished.render());
  }

  @Test
  void statusReportsAChangedFileInsteadOfRefusing() throws Exception {
    AccordionSqlite db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.write(BASELINE, db.read(BASELINE) + "-- an innocent-looking comment\n");

    StatusReport report = db.accordion().build().status();

    assertEquals(State.CHANGED, report.migrations().get(0).state());
    assertFalse(report.render().isEmpty());
  }
}
