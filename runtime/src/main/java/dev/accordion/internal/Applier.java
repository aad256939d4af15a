package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Applies one migration: its guards, then its DDL and its history row in one write transaction,
 * so the migration and the record of it commit together or not at all.
 */
final class Applier {

  private static final Logger LOG = System.getLogger("dev.accordion");

  private final Session session;
  private final HistoryTable history;

  Applier(Session session, HistoryTable history) {
    this.session = session;
    this.history = history;
  }

  /** Applies {@code migration}; false when another instance applied it first. */
  @SuppressWarnings("try") // the setting is held by the try block and restored when it closes
  boolean apply(MigrationFile migration, Ledger ledger) throws SQLException {
    Connection connection = session.connection();
    Dialect dialect = session.dialect();
    try (SqlCloseable foreignKeys = migration.foreignKeysOff()
        ? dialect.foreignKeysOff(connection)
        : SqlCloseable.NOTHING) {
      return session.inWriteTransaction(() -> {
        if (history.read(migration.version()) != null) {
          LOG.log(Level.INFO, "{0} was applied by another instance meanwhile", migration.fileName());
          return false;
        }
        if (migration.isContract()) {
          requireVerified(migration, ledger);
        }
        checkGuards(migration);
        Instant startedAt = HistoryTable.now();
        runDdl(migration, startedAt);
        if (migration.foreignKeysOff()) {
          checkForeignKeys(migration);
        }
        history.insert(migration, startedAt, true);
        LOG.log(Level.INFO, "Applied {0}", migration.fileName());
        return true;
      });
    } catch (DdlFailedException e) {
      if (!dialect.transactionalDdl()) {
        session.inWriteTransaction(() -> {
          history.insert(migration, e.startedAt, false);
          return null;
        });
      }
      throw e;
    }
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
    if (row == null) {
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

  private void checkGuards(MigrationFile migration) throws SQLException {
    for (String guard : migration.guards()) {
      long count;
      try {
        count = session.count(guard);
      } catch (SQLException e) {
        throw new AccordionException(migration.fileName() + " was not applied: its guard failed to "
            + "run: " + e.getMessage() + "\n    " + guard + "\nFix the guard in the file "
            + "(it was never applied, so it may change) and start again.", e);
      }
      if (count != 0) {
        throw new AccordionException(migration.fileName() + " was not applied: its guard found "
            + Text.rows(count) + " that would break it:\n    " + guard + "\nNothing ran. Let the "
            + "backfill finish and run verify again, or fix those rows, then start again.");
      }
    }
  }

  /** Runs the DDL; a failure carries {@code startedAt} for the history row of a failed apply. */
  private void runDdl(MigrationFile migration, Instant startedAt) {
    List<String> ddl = migration.ddl();
    try (Statement statement = session.connection().createStatement()) {
      for (int i = 0; i < ddl.size(); i++) {
        try {
          statement.execute(ddl.get(i));
        } catch (SQLException e) {
          throw new DdlFailedException(migration, i, e, startedAt, session.dialect());
        }
      }
    } catch (SQLException e) {
      throw new DdlFailedException(migration, -1, e, startedAt, session.dialect());
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

  /** A DDL statement failed; where DDL is not transactional, the failure is recorded. */
  private static final class DdlFailedException extends AccordionException {
    private static final long serialVersionUID = 1L;
    private final transient Instant startedAt;

    DdlFailedException(MigrationFile migration, int index, SQLException cause, Instant startedAt,
        Dialect dialect) {
      super(message(migration, index, cause, dialect), cause);
      this.startedAt = startedAt;
    }

    private static String message(MigrationFile migration, int index, SQLException cause,
        Dialect dialect) {
      String what = index < 0
          ? migration.fileName() + " failed: " + cause.getMessage()
          : migration.fileName() + ": DDL statement " + (index + 1) + " of "
              + migration.ddl().size() + " failed: " + cause.getMessage() + "\n    "
              + migration.ddl().get(index);
      String next = dialect.transactionalDdl()
          ? "\nThe migration was rolled back and nothing was recorded. Fix the file (it was never "
              + "applied, so it may change) and start again."
          : "\nThis database cannot roll back DDL: the statements before it stay applied and the "
              + "migration is recorded as failed. Repair the schema by hand, delete its row from "
              + HistoryTable.TABLE + ", then start again.";
      return what + next;
    }
  }
}
