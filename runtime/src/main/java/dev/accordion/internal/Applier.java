package dev.accordion.internal;

import dev.accordion.AccordionException;
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
          + "migration was rolled back and nothing was recorded. Fix the file (it was never "
          + "applied, so it may change) and start again.", e.getCause());
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
      checkBeforeDdl(migration, ledger);
      history.insertStarted(migration, HistoryTable.now());
      done = 0;
    } else {
      done = inProgress.ddlDone();
      Log.get().log(Level.INFO, "Resuming {0} at DDL statement {1} of {2}: an earlier run stopped "
          + "after recording {3} done", migration.fileName(), done + 1, migration.ddl().size(), done);
    }
    try {
      runDdl(migration, done, statementsDone -> history.recordDdlDone(migration.version(),
          statementsDone));
    } catch (StatementFailedException e) {
      throw recordFailure(migration, e);
    }
    history.recordDdlFinished(migration.version(), migration.ddl().size());
    Log.get().log(Level.INFO, "Applied {0}", migration.fileName());
    return true;
  }

  private AccordionException recordFailure(MigrationFile migration, StatementFailedException e) {
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

  /** Before any DDL: a contract's transition must be verified, and every guard must find 0. */
  private void checkBeforeDdl(MigrationFile migration, Ledger ledger) throws SQLException {
    if (migration.isContract()) {
      requireVerified(migration, ledger);
    }
    checkGuards(migration);
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
      throw new AccordionException(refused + "and " + Text.rows(row.verifyMismatches())
          + " still disagree between its two columns (verified at " + row.verifiedAt() + ") by:\n    "
          + expand.verify() + "\nFix those rows (or find the writer that bypasses the sync "
          + "triggers), run verify until it reports 0, then complete again.");
    }
  }

  /**
   * A {@code SELECT COUNT(*)} guard must count 0; any other {@code SELECT} must find no row, and
   * the error names the first rows it found.
   */
  private void checkGuards(MigrationFile migration) throws SQLException {
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
  private void runDdl(MigrationFile migration, int from, Progress progress) throws SQLException {
    List<String> ddl = migration.ddl();
    try (Statement statement = session.connection().createStatement()) {
      for (int i = from; i < ddl.size(); i++) {
        try {
          statement.execute(ddl.get(i));
        } catch (SQLException e) {
          throw new StatementFailedException("DDL", i, ddl.size(), ddl.get(i), e);
        }
        if (progress != null) {
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
