package dev.accordion.sample;

import java.util.Random;

/**
 * How one release's code writes and reads the reshaped fields of an entity, in a canonical
 * text both ends of a reshaping agree on (for a combined name, "Ada Lovelace" whether it was
 * written as two fields or as one), so rows written by any release can be compared with what
 * the last release reads.
 */
interface Mapping {

  /** Sets the reshaped fields as this release's code does; returns the canonical value written. */
  String write(Object entity, Random random) throws Exception;

  /** The canonical value of the reshaped fields as this release reads them. */
  String read(Object entity) throws Exception;

  /**
   * What a row holds after this release wrote {@code written} over {@code previous} (null for a
   * new row): {@code written}, unless a lossy transform's old side cannot say more than the row
   * already holds, where the new side keeps its value.
   */
  default String after(String previous, String written) {
    return written;
  }
}
