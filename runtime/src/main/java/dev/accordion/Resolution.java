package dev.accordion;

/**
 * How a migration that failed where DDL cannot be rolled back (MySQL, MariaDB) was repaired by
 * hand; given to {@link Accordion#resolve(String, Resolution)}, as {@code prisma migrate resolve}.
 */
public enum Resolution {
  /**
   * The statements that did not run were finished by hand: the migration is recorded as applied
   * (its error stays on record) and its backfill and verification run on the next migrate. Also
   * for a migration that ran here and lost its history row (a restored or copied history, a row
   * deleted by hand), which a boot refuses to apply twice: it is recorded as applied, once its
   * footprint shows it in the schema.
   */
  APPLIED,
  /**
   * The statements that ran were undone by hand: the failed attempt moves to
   * {@code accordion_history_log} and the next migrate applies the migration again from the
   * start, from its file as it is then.
   */
  ROLLED_BACK
}
