package dev.accordion;

/**
 * Where a backfill stands after a committed batch; handed to
 * {@link Accordion.Builder#afterBatch(java.util.function.Consumer)}.
 *
 * @param file the migration file whose backfill this is
 * @param transition the transition id, or null
 * @param batch batches committed by this call, counting from 1
 * @param rows rows filled so far, over every call
 * @param lastKey the last key done
 */
public record BackfillProgress(String file, String transition, long batch, long rows, String lastKey) {}
