package dev.accordion.internal;

import dev.accordion.AccordionException;
import dev.accordion.BackfillProgress;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Walks a table batch by batch. Each batch is one short write transaction that also records its
 * last key, so a crash resumes after the last committed batch and no batch is done twice, even
 * when several instances backfill at once (each batch re-reads the progress under the lock).
 */
final class Backfiller {

  private static final long PROGRESS_LOG_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

  private final Session session;
  private final HistoryTable history;
  private final Duration pause;
  private final long batchTimeNanos;
  private final Integer batchSizeOverride;
  private final Consumer<BackfillProgress> afterBatch;

  Backfiller(Session session, HistoryTable history, Duration pause, Duration batchTime,
      Integer batchSizeOverride, Consumer<BackfillProgress> afterBatch) {
    this.session = session;
    this.history = history;
    this.pause = pause;
    this.batchTimeNanos = batchTime.toNanos();
    this.batchSizeOverride = batchSizeOverride;
    this.afterBatch = afterBatch;
  }

  /** A committed batch; {@code heldNanos}: how long it held its transaction, lock wait aside. */
  private record Batch(String lastKey, long rowsTotal, long rowsUpdated, long heldNanos) {}

  /** @param contract the contract of the migration's transition, or null */
  @SuppressWarnings("try") // the batch session is held by the try block and restored when it closes
  void run(MigrationFile migration, MigrationFile contract) throws SQLException {
    BackfillSection backfill = migration.backfill();
    boolean sized = batchSizeOverride == null && batchTimeNanos > 0;
    int batchSize = batchSizeOverride != null ? batchSizeOverride : backfill.batchSize();
    Log.get().log(Level.INFO, sized
            ? "Backfilling {0} in batches from {1} rows, sized to about {2} ms each"
            : "Backfilling {0} in batches of {1} rows",
        migration.subject(), batchSize, batchTimeNanos / 1_000_000);
    long startNanos = System.nanoTime();
    long lastLogNanos = startNanos;
    long batches = 0;
    long rowsThisCall = 0;
    // On SQLite a pause lasts as long as the batch, but not as long as a batch that first waited
    // for the lock.
    long longest = batchTimeNanos > 0 ? 2 * batchTimeNanos : 100_000_000L;
    long rowsLeft = 0;
    // A batch that refused a row is narrowed; it grows back by doubling (sized by time, or up to
    // the size asked for), so rows at fault close together cost a few narrow batches each.
    int fullSize = batchSize;
    boolean capped = false;
    try (SqlCloseable batchSession = session.dialect().prepareBackfill(session.connection())) {
      while (true) {
        long batchStart = System.nanoTime();
        Batch batch;
        try {
          batch = nextBatchRetried(migration, contract, batchSize);
        } catch (RowRefused refused) {
          if (batchSize > 1) {
            batchSize = Math.max(1, batchSize / 2); // narrow down to the row at fault
          } else if (leaveRow(migration, refused, rowsLeft)) {
            rowsLeft++;
          }
          if (session.dialect().oneWriterAtATime()) {
            pauseBetweenBatches(migration, Math.max(pause.toNanos(),
                Math.min(System.nanoTime() - batchStart, longest)));
          }
          continue;
        } catch (AccordionException e) {
          if (timeLimitCause(e) == null) {
            throw e;
          }
          if (batchSize == 1) {
            throw new AccordionException(migration.fileName() + ": a backfill batch of one row "
                + "was cancelled: " + e.getCause().getMessage() + "\nThe cause: "
                + Culprit.TIMEOUT.remedy() + ". Earlier batches are committed; the backfill "
                + "resumes at this row.", e);
          }
          // Cancelled by a limit the role sets: half the size, and never larger again.
          fullSize = Math.max(1, batchSize / 2);
          if (!capped) {
            Log.get().log(Level.WARNING, "Backfilling {0}: a batch of {1} rows was cancelled by "
                + Culprit.TIME_LIMIT + ": {2}. Batches are halved until they fit in it.",
                migration.subject(), batchSize, e.getCause().getMessage());
            capped = true;
          }
          batchSize = fullSize;
          continue;
        }
        if (batch == null) {
          break;
        }
        // Sized by the time it held the lock: a wait for a writer says nothing of its rows.
        long took = batch.heldNanos();
        batchSize = Math.min(capped ? fullSize : Integer.MAX_VALUE,
            sized ? nextSize(batchSize, took) : Math.min(fullSize, batchSize * 2));
        batches++;
        rowsThisCall += batch.rowsUpdated();
        long nowNanos = System.nanoTime();
        if (batches == 1 || nowNanos - lastLogNanos >= PROGRESS_LOG_INTERVAL_NANOS) {
          lastLogNanos = nowNanos;
          Log.get().log(Level.INFO,
              "Backfilling {0}: {1} rows done, {2} batches this run, {3} rows/s",
              migration.subject(), batch.rowsTotal(), batches, rate(rowsThisCall, startNanos));
        } else {
          Log.get().log(Level.DEBUG, "Backfilling {0}: batch up to key {1}, {2} rows done",
              migration.subject(), batch.lastKey(), batch.rowsTotal());
        }
        pauseBetweenBatches(migration, session.dialect().oneWriterAtATime()
            ? Math.max(pause.toNanos(), Math.min(took, longest)) : pause.toNanos());
        afterBatch.accept(new BackfillProgress(migration.fileName(), migration.transition(),
            batches, batch.rowsTotal(), batch.lastKey()));
      }
    }
    Log.get().log(Level.INFO, "Backfill of {0} done: {1} rows in {2} batches this run, {3} rows/s",
        migration.subject(), rowsThisCall, batches, rate(rowsThisCall, startNanos));
    if (rowsLeft > 0) {
      Log.get().log(Level.WARNING, "Backfill of {0}: {1} left as they were (the first {2} named "
          + "above): their new value could not be made from the old one. Verification counts "
          + "them, reads stay on the old side and the contract waits until they are fixed.",
          migration.subject(), Text.rows(rowsLeft), Math.min(rowsLeft, ROWS_NAMED));
    }
  }

  /** The most rows one batch may grow to, however fast the rows are. */
  static final int MAX_BATCH = 200_000;

  /**
   * The next batch's size, from how long this one took: doubled while batches take under half
   * the batch time, halved when one takes longer (at least one row).
   */
  int nextSize(int size, long tookNanos) {
    if (tookNanos < batchTimeNanos / 2) {
      return (int) Math.max(size, Math.min(MAX_BATCH, size * 2L)); // a larger first batch stays
    }
    if (tookNanos > batchTimeNanos) {
      return Math.max(1, size / 2);
    }
    return size;
  }

  /** How often a batch that lost a deadlock (or a serialization conflict) is tried again. */
  private static final int BATCH_ATTEMPTS = 5;

  /**
   * {@link #nextBatch}, tried again when the database chose it as a deadlock's victim, could
   * not serialize it (SQLSTATE 40001, 40P01), or gave up its wait for a row lock (the role's
   * {@code lock_timeout}): the batch's transaction rolled back whole, and live writers touching
   * the same rows make this routine, not an error.
   */
  private Batch nextBatchRetried(MigrationFile migration, MigrationFile contract, int batchSize)
      throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return nextBatch(migration, contract, batchSize);
      } catch (AccordionException e) {
        if (attempt == BATCH_ATTEMPTS || !lostAConflict(e)) {
          throw e;
        }
        Log.get().log(Level.INFO, "Backfilling {0}: a batch lost a lock conflict with a writer, or "
            + "waited for a row longer than the role''s lock timeout ({1}); trying it again",
            migration.subject(), e.getCause().getMessage());
        try {
          Thread.sleep(25L << attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private boolean lostAConflict(Throwable error) {
    return Causes.first(error, SQLException.class, sql -> "40001".equals(sql.getSQLState())
        || "40P01".equals(sql.getSQLState()) || session.dialect().isLockTimeout(sql)) != null;
  }

  /** The statement cancelled by a time limit on the role or session, if that is the cause. */
  private static SQLException timeLimitCause(Throwable error) {
    return Causes.first(error, SQLException.class, sql -> Culprit.of(sql) == Culprit.TIMEOUT);
  }

  /**
   * A batch's update failed on the data of one of its rows (see {@link
   * Dialect#isRowDataError}); nothing of the batch was kept.
   */
  private static final class RowRefused extends RuntimeException {
    final String from;
    final String upto;

    RowRefused(String from, String upto, SQLException cause) {
      super(cause.getMessage(), cause);
      this.from = from;
      this.upto = upto;
    }
  }

  /**
   * Commits the next batch; null when there is none left or the transition was contracted. The
   * batch runs with the transition's sync triggers paused: its writes are not an application's,
   * and the old side must stay as it was written.
   *
   * @throws RowRefused when the update failed on a row's data
   */
  private Batch nextBatch(MigrationFile migration, MigrationFile contract, int batchSize)
      throws SQLException {
    BackfillSection backfill = migration.backfill();
    return session.inWriteTransaction(() -> {
      long lockedAt = System.nanoTime();
      HistoryRow progress = history.read(migration.version());
      boolean contracted = contract != null && history.read(contract.version()) != null;
      if (!progress.backfillOutstanding() || contracted) {
        return null;
      }
      String where = progress.backfillAfter() == null
          ? "from key " + backfill.start() : "after key " + progress.backfillAfter();
      try {
        KeyWalk walk = walk(backfill);
        String from = progress.backfillAfter() == null
            ? walk.start()
            : walk.keyAfter(progress.backfillAfter());
        String upto = from == null ? null : walk.lastKeyOf(from, batchSize);
        if (upto == null) {
          history.recordBackfillDone(migration.version());
          return null;
        }
        long updated;
        SqlCloseable paused = pauseSync(migration);
        try (paused) {
          updated = update(backfill, from, upto);
        } catch (SQLException e) {
          if (session.dialect().isRowDataError(e)) {
            throw new RowRefused(from, upto, e);
          }
          throw e;
        }
        history.recordBatch(migration.version(), upto, updated);
        return new Batch(upto, progress.backfillRows() + updated, updated,
            System.nanoTime() - lockedAt);
      } catch (SQLException e) {
        throw new AccordionException(migration.fileName() + ": the backfill batch " + where
            + " failed: " + e.getMessage() + "\nEarlier batches are committed; fix the cause and "
            + "start again: the backfill resumes at this batch.", e);
      }
    });
  }

  private SqlCloseable pauseSync(MigrationFile migration) throws SQLException {
    return migration.transition() == null
        ? SqlCloseable.NOTHING
        : session.dialect().pauseSync(session.connection(), migration.transition());
  }

  /**
   * Records the row of a one-key batch whose update failed as walked, its new side left empty,
   * and names it in the log: verification counts it, and the walk carries on with the others.
   */
  private boolean leaveRow(MigrationFile migration, RowRefused refused, long leftBefore)
      throws SQLException {
    boolean recorded = session.inWriteTransaction(() -> {
      HistoryRow progress = history.read(migration.version());
      String expected = progress.backfillAfter();
      if (!progress.backfillOutstanding() || (expected != null
          && !refused.from.equals(walk(migration.backfill()).keyAfter(expected)))) {
        return false; // another instance moved on meanwhile
      }
      history.recordBatch(migration.version(), refused.upto, 0);
      return true;
    });
    if (recorded && leftBefore < ROWS_NAMED) {
      Log.get().log(Level.WARNING, "Backfilling {0}: the row with key {1} is left as it was: its "
          + "new value could not be made from the old one ({2}). Verification counts it; fix "
          + "the row or the transform.", migration.subject(), refused.upto, refused.getMessage());
    }
    return recorded;
  }

  /** How many rows left as they were a backfill names in the log, one line each. */
  private static final int ROWS_NAMED = 100;

  private long update(BackfillSection backfill, String from, String upto) throws SQLException {
    try (PreparedStatement statement = walk(backfill).prepareRange(backfill.update(), from, upto)) {
      return statement.executeUpdate();
    }
  }

  private KeyWalk walk(BackfillSection backfill) {
    return new KeyWalk(session.connection(), backfill);
  }

  /** Lets a waiting writer in between batches (SQLite has one writer at a time). */
  private void pauseBetweenBatches(MigrationFile migration, long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AccordionException(migration.fileName() + ": the backfill was interrupted. Its "
          + "committed batches are recorded; the next migrate resumes it.", e);
    }
  }

  private static long rate(long rows, long startNanos) {
    long elapsedNanos = Math.max(1, System.nanoTime() - startNanos);
    return rows * 1_000_000_000L / elapsedNanos;
  }
}
