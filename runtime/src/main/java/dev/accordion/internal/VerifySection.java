package dev.accordion.internal;

import java.util.Set;

/**
 * {@code -- accordion:verify}: a count of the rows whose two sides disagree, if given a query
 * listing them by key for the messages that name them, and if given the same count over one key
 * range of the backfill's walk, so no statement reads the whole table (a role's
 * {@code statement_timeout} then holds at any size).
 *
 * @param list the listing, or null
 * @param countInRange the count of the rows {@code :from <= key <= :upto}, or null
 */
record VerifySection(String count, String list, NamedParameters countInRange) {

  static final Set<String> RANGE_PARAMETERS = Set.of("from", "upto");
}
