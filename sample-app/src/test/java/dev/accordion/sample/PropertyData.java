package dev.accordion.sample;

import dev.accordion.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** What the property tests generate alike: each run's seed, and keys at the ends of their type. */
final class PropertyData {

  private PropertyData() {}

  /**
   * The seed of one reshaping on one database, from {@code -Daccordion.property.seed} (a fixed
   * default, so every run of the suite replays the same rows).
   */
  static long seed(String name, TestDatabase database) {
    return Long.getLong("accordion.property.seed", 20261202L) + 31L * name.hashCode()
        + database.ordinal();
  }

  /** {@code count} distinct keys: both ends of a long, around zero, and random ones. */
  static List<Long> keys(Random random, TestDatabase database, int count) {
    List<Long> keys = new ArrayList<>(List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 1L,
        Long.MAX_VALUE - 1, Long.MAX_VALUE));
    if (database != TestDatabase.MARIADB) {
      keys.add(0L); // MariaDB's AUTO_INCREMENT takes an inserted 0 for "generate a key"
    }
    while (keys.size() < count) {
      long key = random.nextLong() % 1_000_000_000_000L;
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }
}
