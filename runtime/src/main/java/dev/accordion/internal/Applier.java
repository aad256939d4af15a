package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.format.MigrationKind;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Applies one migration: its guards, its DDL, then its online statements.
 *
 * <p>Where DDL is transactional (SQLite, PostgreSQL) the DDL and the history row commit together
 * or not at all, retried when a lock is not granted in time. Elsewhere (MySQL) the row is written
 * first and each statement's completion recorded, so a killed process resumes where it stopped
 * and a failure stays on record for {@code resolve}. Online statements run one by one outside a
 * transaction, each recorded when done.
 */
final class Applier {


  private final Session session;
  private final HistoryTable history;
  private final LockRetry lockRetry;

  Applier(Session session, HistoryTable history, LockRetry lockRetry) {
    this.session = session;
    this.history = history;
    this.lockRetry = lockRetry;
  }

  /**
   * Applies {@code migration}, or finishes what an earlier run of it left undone; false when
   * another instance applied it first.
   */
  boolean apply(MigrationFile migration, Ledger ledger) throws SQLException {
    HistoryRow row = history.read(migration.version());
    if (row != null && row.applied(migration)) {
      Log.get().log(Level.INFO, "{0} was applied by another instance meanwhile", migration.fileName());
      return false;
    }
    if (row != null && row.failed()) {
      throw new AccordionException(FailedDdl.message(migration, row));
    }
    if (row == null || row.ddlInProgress()) {
      boolean ran = session.dialect().transactionalDdl()
          ? applyInTransaction(migration, ledger)
          : applyStepwise(migration, ledger, row);
      if (!ran) {
        return false;
      }
    }
    runOnline(migration);
    return true;
  }

  @SuppressWarnings("try") // the setting is held by the try block and restored when it closes
  private boolean applyInTransaction(MigrationFile migration, Ledger ledger) throws SQLException {
    Connection connection = session.connection();
    Dialect dialect = session.dialect();
    try (SqlCloseable foreignKeys = migration.foreignKeysOff()
        ? dialect.foreignKeysOff(connection)
        : SqlCloseable.NOTHING) {
      return lockRetry.run(migration.fileName() + " (DDL)",
          "Each attempt was rolled back: nothing was applied or recorded.",
          () -> session.inWriteTransaction(() -> {
            if (history.read(migration.version()) != null) {
              Log.get().log(Level.INFO, "{0} was applied by another instance meanwhile",
                  migration.fileName());
              return false;
            }
            dialect.limitLockWaitInTransaction(connection, lockRetry.lockTimeout());
            refuseIfAppliedBefore(migration);
            checkBeforeDdl(migration, ledger);
            Instant startedAt = HistoryTable.now();
            runDdl(migration, 0, null);
            if (migration.foreignKeysOff()) {
              checkForeignKeys(migration);
            }
            history.insertApplied(migration, startedAt);
            Log.get().log(Level.INFO, "Applied {0}", migration.fileName());
            return true;
          }));
    } catch (StatementFailedException e) {
      throw new AccordionException(migration.fileName() + ": " + e.describe() + "\nThe "
          + "migration was rolled back and nothing was recorded: "
          + Culprit.of(e.getCause()).remedy() + ".", e.getCause());
    }
  }

  /**
   * One statement at a time, each recorded as done. A new migration's row is written before its
   * first statement; an in-progress row (a killed process) resumes at its first statement not
   * recorded as done, which the processor writes so it can run again.
   */
  private boolean applyStepwise(MigrationFile migration, Ledger ledger, HistoryRow inProgress)
      throws SQLException {
    int done;
    if (inProgress == null) {
      refuseIfAppliedBefore(migration);
      checkBeforeDdl(migration, ledger);
      history.insertStarted(migration, HistoryTable.now());
      done = 0;
    } else {
      done = inProgress.ddlDone();
      Log.get().log(Level.INFO, "Resuming {0} at DDL statement {1} of {2}: an earlier run stopped "
          + "after recording {3} done", migration.fileName(), done + 1, migration.ddl().size(), done);
    }
    Connection connection = session.connection();
    try (SqlCloseable lockTimeout =
        session.dialect().limitLockWait(connection, lockRetry.lockTimeout())) {
      runDdl(migration, done, statementsDone -> history.recordDdlDone(migration.version(),
          statementsDone));
    } catch (StatementFailedException e) {
      throw recordFailure(migration, e);
    }
    history.recordDdlFinished(migration.version(), migration.ddl().size());
    Log.get().log(Level.INFO, "Applied {0}", migration.fileName());
    return true;
  }

  /**
   * A statement that failed for a cause outside the file (the connection, the disk, a privilege,
   * a time limit, a cancellation) did nothing, as one DDL statement is atomic here: the migration
   * stays in progress and the next migrate resumes it at that statement once the cause is fixed.
   * The file's own faults are recorded as failed, for {@code resolve}.
   */
  private AccordionException recordFailure(MigrationFile migration, StatementFailedException e) {
    Culprit culprit = Culprit.of(e.getCause());
    if (culprit != Culprit.FILE) {
      return new AccordionException(migration.fileName() + ": " + e.describe() + "\nThe cause: "
          + culprit.remedy() + ". The statements before this one are applied and recorded as "
          + "done; the next migrate continues with this one.", e.getCause());
    }
    String error = HistoryTable.recordedError(e.getCause().getMessage());
    Instant failedAt = HistoryTable.now();
    try {
      history.recordDdlFailed(migration.version(), e.index(), error, failedAt);
    } catch (SQLException | RuntimeException recording) {
      AccordionException lost = new AccordionException(migration.fileName() + ": "
          + e.describe() + "\nThe failure could not be recorded either (" + recording.getMessage()
          + "), so the migration stays in progress: the next migrate resumes it at this "
          + "statement. If it fails again, it is recorded and migrate refuses until it is "
          + "resolved.", e.getCause());
      lost.addSuppressed(recording);
      return lost;
    }
    return new AccordionException(
        FailedDdl.message(migration, e.index(), error, failedAt), e.getCause());
  }

  /** Statements that cannot run in a transaction block; each is recorded once done. */
  @SuppressWarnings("try") // the setting is held by the try block and restored when it closes
  private void runOnline(MigrationFile migration) throws SQLException {
    List<String> online = migration.online();
    if (online.isEmpty()) {
      return;
    }
    Connection connection = session.connection();
    Dialect dialect = session.dialect();
    int done = history.read(migration.version()).onlineDone();
    if (done > 0 && done < online.size()) {
      Log.get().log(Level.INFO, "Resuming the online section of {0} at statement {1} of {2}",
          migration.fileName(), done + 1, online.size());
    }
    try (SqlCloseable lockTimeout = dialect.limitLockWait(connection, lockRetry.lockTimeout());
        Statement statement = connection.createStatement()) {
      for (int i = done; i < online.size(); i++) {
        int index = i;
        String sql = online.get(i);
        lockRetry.run(migration.fileName() + " (online statement " + (i + 1) + ")",
            "The DDL is applied and the online statements before this one are recorded as done; "
                + "the next migrate continues with this one.",
            () -> {
              dialect.prepareOnlineStatement(connection, sql);
              try {
                statement.execute(sql);
              } catch (SQLException e) {
                throw new StatementFailedException("Online", index, online.size(), sql, e);
              }
              return null;
            });
        history.recordOnlineDone(migration.version(), i + 1);
        Log.get().log(Level.INFO, "{0}: online statement {1} of {2} done", migration.fileName(), i + 1,
            online.size());
      }
    } catch (StatementFailedException e) {
      throw new AccordionException(migration.fileName() + ": " + e.describe() + "\nThe DDL is "
          + "applied and the online statements before this one are recorded as done; the "
          + "migration counts as applied, and the migrations after it run, once every online "
          + "statement is done. Fix the cause and start again: migrate continues with this "
          + "statement. (An index build that failed leaves an INVALID index, which Accordion "
          + "drops before building it again.)", e.getCause());
    }
  }

  /**
   * A migration with no history row whose footprint is in the schema ran here before, and its
   * row is gone (a restored or copied history, a row deleted by hand): running it again could
   * rebuild or refill what was written since, so it is refused with the way to record it.
   */
  private void refuseIfAppliedBefore(MigrationFile migration) throws SQLException {
    String footprint = migration.footprint();
    if (footprint == null) {
      return;
    }
    long found;
    try {
      found = session.count(footprint);
    } catch (SQLException e) {
      if (session.dialect().isLockTimeout(e)) {
        throw e;
      }
      throw new AccordionException(migration.fileName() + " was not applied: its footprint query "
          + "failed to run: " + e.getMessage() + "\n    " + footprint + "\nFix the query in the "
          + "file (it was never applied, so it may change) and start again.", e);
    }
    if (found > 0 && history.resolvedAsRolledBack(migration.version())) {
      throw new AccordionException(migration.fileName() + " was not applied: an attempt of it was "
          + "resolved as rolled back, but the schema still holds what it creates (" + found
          + " of its columns, triggers or tables, found by:\n    " + footprint + "\n). Undo "
          + "what that attempt left by hand, then migrate again.");
    }
    if (found > 0) {
      throw new AccordionException(migration.fileName() + " was not applied: the schema already "
          + "holds what it creates (" + found + " of its columns, triggers or tables, found by:\n    "
          + footprint + "\n), but " + HistoryTable.TABLE + " has no row for it. It ran here before "
          + "and its row is gone (a restored or copied history, a row deleted by hand); running it "
          + "again could rebuild or refill what was written since. If the schema is as this "
          + "migration leaves it, record it as applied: resolve " + migration.version()
          + " --applied (Accordion.resolve(\"" + migration.version() + "\", Resolution.APPLIED));"
          + " the next migrate then runs its backfill and verification again, which change only "
          + "rows that still need it. Otherwise undo what it created by hand and migrate again.");
    }
  }

  /** Before any DDL: a contract's transition must be verified, and every guard must find 0. */
  private void checkBeforeDdl(MigrationFile migration, Ledger ledger) throws SQLException {
    MigrationFile expand = null;
    if (migration.isContract()) {
      requireVerified(migration, ledger);
      expand = ledger.sibling(migration, MigrationKind.EXPAND);
    }
    checkGuards(migration, expand == null ? null : expand.verify());
  }

  /** A contract drops the old column, so its transition must have verified with zero mismatches. */
  private void requireVerified(MigrationFile contract, Ledger ledger) throws SQLException {
    MigrationFile expand = ledger.sibling(contract, MigrationKind.EXPAND);
    if (expand == null || expand.verify() == null) {
      return;
    }
    HistoryRow row = history.read(expand.version());
    String refused = contract.fileName() + " was not applied: it ends transition "
        + contract.transition() + ", ";
    if (row == null || !row.applied(expand)) {
      throw new AccordionException(refused + "whose expand " + expand.fileName() + " is not "
          + "applied yet. Run migrate so it is applied and backfilled, then complete again.");
    }
    if (row.verifyMismatches() == null) {
      throw new AccordionException(refused + "whose backfill has not been verified yet ("
          + Text.rows(row.backfillRows()) + " filled" + (row.backfillOutstanding() ? ", not finished" : "")
          + "). Run migrate to finish the backfill and verification, then complete again.");
    }
    if (row.verifyMismatches() != 0) {
      throw new AccordionException(refused + "and its verification at " + row.verifiedAt()
          + " found " + Text.rows(row.verifyMismatches()) + " that would lose their old value: "
          + "the new side is empty or does not give the old value back."
          + Verifier.mismatched(session, expand.verify(), row.verifyMismatches()) + "\n"
          + Verifier.REMEDY + " Then run verify until it reports 0, and complete again.");
    }
  }

  /**
   * A {@code SELECT COUNT(*)} guard must count 0; any other {@code SELECT} must find no row, and
   * the error names the first rows it found.
   */
  private void checkGuards(MigrationFile migration, VerifySection transition)
      throws SQLException {
    for (String guard : migration.guards()) {
      boolean counts = guard.strip().toUpperCase(Locale.ROOT).replace(" ", "")
          .startsWith("SELECTCOUNT(*)");
      long count;
      List<String> shown = List.of();
      try {
        if (counts) {
          count = session.count(guard);
        } else {
          Session.Found found = session.find(guard, SHOWN_ROWS);
          count = found.count();
          shown = found.first();
        }
      } catch (SQLException e) {
        if (session.dialect().isLockTimeout(e)) {
          throw e;
        }
        throw new AccordionException(migration.fileName() + " was not applied: its guard failed to "
            + "run: " + e.getMessage() + "\n    " + guard + "\nFix the guard in the file "
            + "(it was never applied, so it may change) and start again.", e);
      }
      if (count != 0) {
        StringBuilder rows = new StringBuilder();
        shown.forEach(row -> rows.append("\n      ").append(row));
        if (count > shown.size() && !shown.isEmpty()) {
          rows.append("\n      ... and ").append(count - shown.size()).append(" more");
        }
        if (transition != null && guard.equals(transition.count())) {
          throw new AccordionException(migration.fileName() + " was not applied: " + Text.rows(count)
              + " of its transition would lose their old value (a writer changed them since the "
              + "last verification):\n    " + guard
              + Verifier.mismatched(session, transition, count) + "\nNothing ran. "
              + Verifier.REMEDY + " Then start again.");
        }
        throw new AccordionException(migration.fileName() + " was not applied: its guard found "
            + Text.rows(count) + " that would break it:\n    " + guard + rows + "\nNothing ran. Fix the "
            + "rows this query finds (where it compares a transition's two columns, let the "
            + "backfill finish and run verify again), then start again.");
      }
    }
  }

  /** How many of the rows a guard found its error names. */
  private static final int SHOWN_ROWS = 10;

  /** Called after each statement that ran one at a time, with how many are done. */
  private interface Progress {
    void done(int statements) throws SQLException;
  }

  /** Runs the DDL from statement {@code from}; {@code progress} may be null. */
  /**
   * Runs the DDL from statement {@code from}. Statement by statement ({@code progress} given),
   * each that gives up waiting for its lock is tried again on its own, as it did nothing; in a
   * transaction the caller retries the whole.
   */
  private void runDdl(MigrationFile migration, int from, Progress progress) throws SQLException {
    List<String> ddl = migration.ddl();
    try (Statement statement = session.connection().createStatement()) {
      for (int i = from; i < ddl.size(); i++) {
        int index = i;
        SqlWork<Void> run = () -> {
          try {
            statement.execute(ddl.get(index));
          } catch (SQLException e) {
            throw new StatementFailedException("DDL", index, ddl.size(), ddl.get(index), e);
          }
          return null;
        };
        if (progress == null) {
          run.run();
        } else {
          lockRetry.run(migration.fileName() + " (DDL statement " + (i + 1) + ")",
              "The statements before this one are applied and recorded as done; the next "
                  + "migrate continues with this one.", run);
          progress.done(i + 1);
        }
      }
    }
  }

  private void checkForeignKeys(MigrationFile migration) throws SQLException {
    List<String> violations = session.dialect().foreignKeyViolations(session.connection());
    if (!violations.isEmpty()) {
      throw new AccordionException(migration.fileName() + " was rolled back: after its DDL, "
          + "the foreign key check found " + Text.rows(violations.size()) + " with a broken "
          + "reference, for example: "
          + String.join("; ", violations.subList(0, Math.min(3, violations.size())))
          + ". Fix the DDL (it was never applied, so it may change) or those rows, then start "
          + "again.");
    }
  }
}
