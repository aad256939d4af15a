package dev.accordion.format;

import java.util.Optional;

/**
 * Flyway's naming, {@code V<version>__<description>.sql}: the version's underscores are dots
 * ({@code V20261122100000_1} is version {@code 20261122100000.1}) and the description's are spaces.
 * Scanned by hand: a boot reads every file's name, and a regular expression there costs a tenth
 * of a boot with 200 applied files.
 */
public record MigrationFileName(String fileName, String version, String description) {

  private static final String SUFFIX = ".sql";

  /**
   * Accordion's own name for the {@code sequence}-th migration of the compile at {@code
   * timestamp} ({@code yyyyMMddHHmmss}, UTC): {@code V<timestamp>_<sequence>__<description>.sql}.
   */
  public static String of(String timestamp, int sequence, String description) {
    return "V" + timestamp + "_" + sequence + "__" + description + SUFFIX;
  }

  /**
   * Whether {@code fileName} may be a migration at all ({@code V...sql}): the cheap test a
   * listing applies before {@link #parse}, which then names what is wrong with the rest.
   */
  public static boolean looksLikeMigration(String fileName) {
    return fileName.startsWith("V") && fileName.endsWith(SUFFIX);
  }

  /** The name's parts, or empty unless it is {@code V<digits>([._]<digits>)*__<text>.sql}. */
  public static Optional<MigrationFileName> parse(String fileName) {
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

  /**
   * The {@code n} of {@code V<timestamp>_<n>__...}, Accordion's name for the n-th migration of
   * the compile at {@code timestamp}; 0 for any other name.
   */
  public int sequenceAt(String timestamp) {
    String prefix = timestamp + ".";
    if (!version.startsWith(prefix) || version.length() == prefix.length()
        || digits(version, prefix.length(), version.length()) != version.length()
        || version.length() - prefix.length() > 9) {
      return 0;
    }
    return Integer.parseInt(version.substring(prefix.length()));
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
