package dev.accordion.internal;

import java.util.Set;

/**
 * {@code -- accordion:backfill batch=<rows> key-type=<integer|text> start=<value>} and its two
 * statements. {@code start} is the smallest value of the key's type, which the walk includes.
 *
 * @param nextBatchEnd returns the last key of the {@code :batch} keys from {@code :from} on, or
 *     NULL when there is none
 * @param update fills the rows {@code :from <= key <= :upto} that still need it
 */
record BackfillSection(
    int batchSize, KeyType keyType, String start, NamedParameters nextBatchEnd, NamedParameters update) {

  static final Set<String> NEXT_BATCH_END_PARAMETERS = Set.of("from", "batch");
  static final Set<String> UPDATE_PARAMETERS = Set.of("from", "upto");

  enum KeyType { INTEGER, TEXT }
}
