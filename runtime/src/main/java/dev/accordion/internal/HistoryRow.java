package dev.accordion.internal;

import dev.accordion.format.Versions;
import java.time.Instant;
import java.util.Comparator;

/**
 * One row of the history table: a migration applied, being applied or failed, with its backfill
 * progress and last verification.
 *
 * <p>Where DDL runs one statement at a time (MySQL), the row is written before the first
 * statement, and its state reads as:
 * <ul>
 *   <li>in progress: not {@code success}, no {@code error}, no {@code finishedAt}; the first
 *       {@code ddlDone} statements ran. A process killed mid-DDL leaves this; the next migrate
 *       resumes at statement {@code ddlDone + 1}.
 *   <li>failed: not {@code success}, with an {@code error}: statement {@code ddlDone + 1} failed.
 *       Every migrate refuses until it is resolved.
 *   <li>DDL done: {@code success}. A failure resolved as applied keeps its {@code error} and
 *       records {@code resolved = "applied"}; one resolved as rolled back moves to the log.
 * </ul>
 * Where DDL is transactional the row is written with the commit, {@code success} and every
 * statement done. The migration is applied once its {@code online} statements are done too.
 *
 * @param backfillAfter the last key done, or null before the first batch
 * @param backfillDone null when the migration has no backfill
 * @param verifyMismatches null until verification ran
 * @param ddlDone statements of the ddl section done
 * @param onlineDone statements of the online section done
 * @param error why a statement failed, or null
 * @param resolution {@code applied} or {@code rolled-back} once a failure was resolved, or null
 */
record HistoryRow(
    String version,
    String description,
    String kind,
    String transition,
    String script,
    String checksum,
    Instant startedAt,
    Instant finishedAt,
    boolean success,
    String backfillAfter,
    long backfillRows,
    Boolean backfillDone,
    Instant backfillFinishedAt,
    Long verifyMismatches,
    Instant verifiedAt,
    int ddlDone,
    int onlineDone,
    String error,
    String resolution,
    Instant resolvedAt) {

  /** DDL started one statement at a time and neither finished nor failed: a killed process. */
  boolean ddlInProgress() {
    return !success && error == null && finishedAt == null;
  }

  /** DDL failed and could not be rolled back; needs {@code resolve}. */
  boolean failed() {
    return !success && !ddlInProgress();
  }

  /** DDL and every online statement done: the migration counts as applied. */
  boolean applied(MigrationFile migration) {
    return success && onlineDone >= migration.online().size();
  }

  boolean backfillOutstanding() {
    return Boolean.FALSE.equals(backfillDone);
  }

  boolean verifiedClean() {
    return verifyMismatches != null && verifyMismatches == 0;
  }

  /** By version; a class, not a lambda, for the same reason as {@link MigrationSource#BY_VERSION}. */
  static final Comparator<HistoryRow> BY_VERSION = new Comparator<>() {
    @Override
    public int compare(HistoryRow a, HistoryRow b) {
      return Versions.compare(a.version(), b.version());
    }
  };
}
