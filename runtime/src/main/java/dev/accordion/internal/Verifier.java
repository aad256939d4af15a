package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;

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
          + " this release's code reads alone: it must not start until they agree."
          + mismatched(session, migration.verify(), mismatches) + "\nFix them and run migrate"
          + " again (it verifies again).");
    } else {
      Log.get().log(Level.WARNING, "Verification of {0} found {1} that would lose their old value"
          + " at the contract: reads stay on the old side and the contract waits.{2}\n{3}",
          migration.subject(), Text.rows(mismatches),
          mismatched(session, migration.verify(), mismatches), REMEDY);
    }
  }

  /**
   * What to do about rows whose new side is empty or does not give the old value back: each
   * would lose its old value when the contract drops the old side.
   */
  static final String REMEDY = "Fix each such row: write its new value (through this release's "
      + "code, or with SQL, and the sync triggers set the old side to what it gives back), or "
      + "correct its old value so the transform carries it whole; then run verify. Where the "
      + "transform is wrong for these rows, write the values they should have by hand.";

  /**
   * The first of the rows {@code verify} counts, by key, for a message; the count query when the
   * file lists none.
   */
  static String mismatched(Session session, VerifySection verify, long count) {
    if (verify.list() == null) {
      return "\nFind them with:\n    " + verify.count();
    }
    try {
      List<String> rows = session.firstRows(verify.list(), SHOWN_ROWS);
      StringBuilder out = new StringBuilder("\nThe first of them, by key:");
      rows.forEach(row -> out.append("\n    ").append(row));
      if (count > rows.size()) {
        out.append("\n    ... ").append(Text.rows(count - rows.size())).append(" more, listed by:\n    ")
            .append(verify.list());
      }
      return out.toString();
    } catch (SQLException e) {
      return "\nListing them failed (" + e.getMessage() + "); find them with:\n    " + verify.list();
    }
  }

  /** How many rows a message names. */
  static final int SHOWN_ROWS = 10;

  private long count(MigrationFile migration) {
    try {
      return migration.verify().countInRange() != null
          ? countInRanges(migration)
          : session.count(migration.verify().count());
    } catch (SQLException e) {
      throw new AccordionException(migration.fileName() + ": its verification failed to run: "
          + e.getMessage() + "\n    " + migration.verify().count() + "\nThe verification is part "
          + "of the applied file, so fix the database (not the file) and run verify again."
          + (Culprit.of(e) == Culprit.TIMEOUT ? "\nThe cause: " + Culprit.TIMEOUT.remedy() + "."
              : ""), e);
    }
  }

  /** The first key range counted, in rows; ranges double while counting one is quick. */
  private static final int FIRST_RANGE = 10_000;
  private static final int LARGEST_RANGE = 1_000_000;
  private static final long QUICK_NANOS = 100_000_000L;

  /**
   * The count, summed over key ranges of the backfill's walk. A range that a time limit on the
   * role cancels is counted again at half its size, and no range grows past that again.
   */
  private long countInRanges(MigrationFile migration) throws SQLException {
    Connection connection = session.connection();
    KeyWalk walk = new KeyWalk(connection, migration.backfill());
    long total = 0;
    int size = FIRST_RANGE;
    boolean capped = false;
    String from = walk.start();
    while (from != null) {
      long started = System.nanoTime();
      // A failed statement ends a PostgreSQL transaction unless it ran in a savepoint.
      Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
      String upto;
      try {
        upto = walk.lastKeyOf(from, size);
        if (upto != null) {
          try (PreparedStatement count =
                  walk.prepareRange(migration.verify().countInRange(), from, upto);
              ResultSet result = count.executeQuery()) {
            result.next();
            total += result.getLong(1);
          }
        }
        if (savepoint != null) {
          connection.releaseSavepoint(savepoint);
        }
      } catch (SQLException e) {
        if (Culprit.of(e) != Culprit.TIMEOUT || size == 1 || savepoint == null) {
          throw e;
        }
        connection.rollback(savepoint);
        if (!capped) {
          Log.get().log(Level.WARNING, "Verifying {0}: counting {1} rows was cancelled by "
              + Culprit.TIME_LIMIT + ": {2}. Ranges are halved until they fit in it.",
              migration.subject(), size, e.getMessage());
          capped = true;
        }
        size = Math.max(1, size / 2);
        continue;
      }
      if (upto == null) {
        break;
      }
      if (!capped && System.nanoTime() - started < QUICK_NANOS) {
        size = Math.min(LARGEST_RANGE, size * 2);
      }
      from = walk.keyAfter(upto);
    }
    return total;
  }
}
