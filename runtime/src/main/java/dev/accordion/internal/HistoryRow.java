package dev.accordion.internal;

import java.time.Instant;

/**
 * One row of the history table: a migration that was applied (or, where DDL cannot be rolled
 * back, failed), with its backfill progress and last verification.
 *
 * @param backfillAfter the last key done, or null before the first batch
 * @param backfillDone null when the migration has no backfill
 * @param verifyMismatches null until verification ran
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
    Instant verifiedAt) {

  boolean backfillOutstanding() {
    return Boolean.FALSE.equals(backfillDone);
  }

  boolean verifiedClean() {
    return verifyMismatches != null && verifyMismatches == 0;
  }
}
