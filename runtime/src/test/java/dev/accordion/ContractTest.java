package dev.accordion;

import static dev.accordion.AccordionSqlite.BASELINE;
import static dev.accordion.AccordionSqlite.CONTRACT;
import static dev.accordion.AccordionSqlite.CONTRACT_VERSION;
import static dev.accordion.AccordionSqlite.EXPAND;
import static dev.accordion.AccordionSqlite.TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractTest {

  @TempDir Path folder;
  private AccordionSqlite db;

  @BeforeEach
  void expandedWithRows() throws Exception {
    db = new AccordionSqlite(folder).stage(BASELINE);
    db.migrate();
    db.seedProfiles(500);
    db.stage(EXPAND, CONTRACT);
  }

  @Test
  void aContractWaitsForCompleteWhenNotRunAtBoot() throws Exception {
    Accordion accordion = db.accordion().contractsAtBoot(false).build();

    StatusReport migrated = accordion.migrate();

    assertEquals(StatusReport.State.PENDING_CONTRACT,
        migrated.migration(CONTRACT_VERSION).orElseThrow().state());
    assertNull(db.history(CONTRACT_VERSION));
    assertTrue(db.columnExists("Profile", "bio"));
    assertTrue(migrated.render().contains("Contracts wait for 'complete'"), migrated.render());
    assertTrue(accordion.migrate().appliedByThisCall().isEmpty(), "a deferred contract is not work");

    StatusReport completed = accordion.complete();

    assertEquals(StatusReport.State.APPLIED,
        completed.migration(CONTRACT_VERSION).orElseThrow().state());
    assertFalse(db.columnExists("Profile", "bio"));
    assertEquals(0, db.count(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'accordion_%'"));
    assertEquals(500, db.count("SELECT COUNT(*) FROM \"Profile\" WHERE \"biography\" LIKE 'bio %'"));
    assertTrue(completed.render().contains(CONTRACT + ": Contract Profile.biography: drops the "
        + "sync triggers and the old column \"bio\"."), completed.render());
    assertTrue(Transitions.readsNew(TRANSITION));
    assertTrue(accordion.verify().migration(AccordionSqlite.EXPAND_VERSION).orElseThrow()
        .verification().verified(), "a finished transition is not verified against a dropped column");
  }

  @Test
  void completeRefusesWhileRowsDisagree() throws Exception {
    Accordion accordion = db.accordion().contractsAtBoot(false).build();
    accordion.migrate();
    db.execute("DROP TRIGGER \"accordion_Profile_biography_upd_old\"");
    db.execute("UPDATE \"Profile\" SET \"bio\" = 'bypassed the sync' WHERE \"id\" IN (7, 8)");
    assertEquals(2, accordion.verify().migration(AccordionSqlite.EXPAND_VERSION).orElseThrow()
        .verification().mismatches());

    AccordionException e = assertThrows(AccordionException.class, accordion::complete);

    assertTrue(e.getMessage().startsWith(CONTRACT + " was not applied: it ends transition "
        + TRANSITION + ", and its verification at "), e.getMessage());
    assertTrue(e.getMessage().contains(" found 2 rows that would lose their old value"),
        e.getMessage());
    assertTrue(e.getMessage().contains("run verify until it reports 0"), e.getMessage());
    assertTrue(db.columnExists("Profile", "bio"));
    assertNull(db.history(CONTRACT_VERSION));

    db.execute("UPDATE \"Profile\" SET \"biography\" = \"bio\" WHERE \"id\" IN (7, 8)");
    db.execute("""
        CREATE TRIGGER "accordion_Profile_biography_upd_old" AFTER UPDATE OF "bio" ON "Profile"
        FOR EACH ROW WHEN NEW."bio" IS NOT OLD."bio" AND NEW."bio" IS NOT NEW."biography" BEGIN
          UPDATE "Profile" SET "biography" = NEW."bio" WHERE "id" = NEW."id";
        END""");
    accordion.complete();

    assertFalse(db.columnExists("Profile", "bio"), "complete verifies again, then contracts");
  }

  @Test
  void theContractsGuardRefusesWhenItsQueryFindsRows() throws Exception {
    db.write(EXPAND, db.read(EXPAND).replace(
        "-- accordion:verify\nSELECT COUNT(*) FROM \"Profile\" WHERE \"bio\" IS NOT \"biography\";\n",
        ""));
    db.accordion().contractsAtBoot(false).build().migrate();
    db.execute("DROP TRIGGER \"accordion_Profile_biography_upd_new\"");
    db.execute("UPDATE \"Profile\" SET \"biography\" = 'only new' WHERE \"id\" = 1");

    AccordionException e = assertThrows(AccordionException.class,
        () -> db.accordion().build().complete());

    assertTrue(e.getMessage().startsWith(CONTRACT + " was not applied: its guard found 1 row "),
        e.getMessage());
    assertTrue(db.columnExists("Profile", "bio"));
  }
}
