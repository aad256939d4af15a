package dev.accordion;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the generated accessors ask: has this transition's backfill been verified, so reads can
 * move to the new column?
 *
 * <p>This is process-wide on purpose: accessors are static methods called from entity code, so
 * they cannot be handed an instance. {@link Accordion} publishes what it reads from the history
 * table on every migrate, verify and status call. Until then every transition reads its old
 * column, which is always safe during an expand.
 */
public final class Transitions {

  private static final Set<String> VERIFIED = ConcurrentHashMap.newKeySet();

  private Transitions() {}

  /** True once the transition's backfill verified with zero mismatches (or it was contracted). */
  public static boolean readsNew(String transitionId) {
    return VERIFIED.contains(transitionId);
  }

  /**
   * Merges {@code verified} (transition id to verified-or-not) into the published state: ids
   * mapped to true are added, ids mapped to false removed, ids not mentioned left as they are.
   */
  static void publish(Map<String, Boolean> verified) {
    for (Map.Entry<String, Boolean> transition : verified.entrySet()) {
      if (transition.getValue()) {
        VERIFIED.add(transition.getKey());
      } else {
        VERIFIED.remove(transition.getKey());
      }
    }
  }
}
