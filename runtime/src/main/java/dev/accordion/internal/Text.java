package dev.accordion.internal;

/** Wording shared by messages. */
final class Text {

  private Text() {}

  /** "1 row", "3 rows". */
  static String rows(long count) {
    return count == 1 ? "1 row" : count + " rows";
  }
}
