package dev.accordion.internal;

/** Wording shared by messages. */
final class Text {

  private Text() {}

  /** "1 row", "3 rows". */
  static String rows(long count) {
    return count == 1 ? "1 row" : count + " rows";
  }

  /** "a, b and 2 more": the first {@code shown} names, then how many are left out. */
  static String listed(java.util.List<String> names, int shown) {
    if (names.size() <= shown) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, shown)) + " and " + (names.size() - shown) + " more";
  }
}
