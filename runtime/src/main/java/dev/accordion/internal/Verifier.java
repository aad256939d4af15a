package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.lang.System.Logger.Level;
import java.sql.SQLException;

/** Counts the rows whose two columns of a transition disagree and records the count. */
final class Verifier {


  private final Session session;
  private final HistoryTable history;

  Verifier(Session session, HistoryTable history) {
    this.session = session;
    this.history = history;
  }

  /**
   * Counts and records under the write lock, so two instances never both verify, and none
   * verifies after the transition's contract dropped the old column.
   *
   * @param contract the contract of the migration's transition, or null
   * @param again verify even if the last verification found zero
   */
  void verify(MigrationFile migration, MigrationFile contract, boolean again) throws SQLException {
    Long mismatches = session.inWriteTransaction(() -> {
      if (contract != null && history.read(contract.version()) != null) {
        return null;
      }
      if (!again && history.read(migration.version()).verifiedClean()) {
        return null;
      }
      long count = count(migration);
      history.recordVerification(migration.version(), count);
      return count;
    });
    if (mismatches == null) {
      return;
    }
    if (mismatches == 0) {
      Log.get().log(Level.INFO, "Verified {0}: every row agrees; reads use the new column",
          migration.subject());
    } else if (migration.refuseOnMismatch()) {
      throw new AccordionException("Verification of " + migration.subject() + " found "
          + Text.rows(mismatches) + " that differ between the old side and the new one, which"
          + " this release's code reads alone: it must not start until they agree. Find them"
          + " with:\n    " + migration.verify() + "\nthen fix them and run migrate again (it"
          + " verifies again).");
    } else {
      Log.get().log(Level.WARNING, "Verification of {0}: {1} disagree; reads stay on the old "
          + "column and the contract waits. Find them with: {2}",
          migration.subject(), Text.rows(mismatches), migration.verify());
    }
  }

  private long count(MigrationFile migration) {
    try {
      return session.count(migration.verify());
    } catch (SQLException e) {
      throw new AccordionException(migration.fileName() + ": its verification failed to run: "
          + e.getMessage() + "\n    " + migration.verify() + "\nThe verification is part of the "
          + "applied file, so fix the database (not the file) and run verify again.", e);
    }
  }
}
