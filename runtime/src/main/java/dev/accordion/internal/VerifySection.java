package dev.accordion.internal;

/**
 * {@code -- accordion:verify}: a count of the rows whose two sides disagree and, if given, a
 * query listing them by key for the messages that name them.
 *
 * @param list the listing, or null
 */
record VerifySection(String count, String list) {}
