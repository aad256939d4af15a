package dev.accordion.internal;

import java.util.Optional;

/**
 * Flyway's naming, {@code V<version>__<description>.sql}: the version's underscores are dots
 * ({@code V20261122100000_1} is version {@code 20261122100000.1}) and the description's are spaces.
 * Scanned by hand: a boot reads every file's name, and a regular expression there was a tenth
 * of a boot with 200 applied files.
 */
record MigrationFileName(String fileName, String version, String description) {

  private static final String SUFFIX = ".sql";

  /** The name's parts, or empty unless it is {@code V<digits>([._]<digits>)*__<text>.sql}. */
  static Optional<MigrationFileName> parse(String fileName) {
    int end = fileName.length() - SUFFIX.length();
    if (end < 1 || !fileName.startsWith("V") || !fileName.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    int i = digits(fileName, 1, end);
    if (i == 1) {
      return Optional.empty();
    }
    // Further parts: a dot or an underscore, then digits (an underscore then a letter or an
    // underscore starts the separator instead).
    while (i + 1 < end && (fileName.charAt(i) == '.' || fileName.charAt(i) == '_')) {
      int next = digits(fileName, i + 1, end);
      if (next == i + 1) {
        break;
      }
      i = next;
    }
    int descriptionStart = i + 2;
    if (!fileName.startsWith("__", i) || descriptionStart >= end
        || hasLineBreak(fileName, descriptionStart, end)) {
      return Optional.empty();
    }
    return Optional.of(new MigrationFileName(fileName,
        fileName.substring(1, i).replace('_', '.'),
        fileName.substring(descriptionStart, end).replace('_', ' ')));
  }

  /** The index after the ASCII digits starting at {@code from}. */
  private static int digits(String text, int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static boolean hasLineBreak(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
