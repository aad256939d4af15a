package dev.accordion.internal;

import java.util.Set;

/**
 * {@code -- accordion:backfill batch=<rows> key-type=<integer|text> start=<value>} and its two
 * statements.
 *
 * @param nextBatchEnd returns the last key of the next batch, or NULL: {@code :after}, {@code :batch}
 * @param update fills the rows {@code :after < key <= :upto}
 */
record BackfillSection(
    int batchSize, KeyType keyType, String start, NamedParameters nextBatchEnd, NamedParameters update) {

  static final Set<String> NEXT_BATCH_END_PARAMETERS = Set.of("after", "batch");
  static final Set<String> UPDATE_PARAMETERS = Set.of("after", "upto");

  enum KeyType { INTEGER, TEXT }
}
