package dev.accordion.format;

import java.util.Locale;
import java.util.Optional;

/** The {@code kind=} of a migration header. */
public enum MigrationKind {
  BASELINE, SCHEMA, RENAME, EXPAND, CONTRACT;

  private final String word = name().toLowerCase(Locale.ROOT);

  /** As written in files, the index and the history table. */
  public String word() {
    return word;
  }

  public static Optional<MigrationKind> fromWord(String word) {
    // A switch, not a loop over values(): every file's header and history row is read this way.
    switch (word) {
      case "baseline":
        return Optional.of(BASELINE);
      case "schema":
        return Optional.of(SCHEMA);
      case "rename":
        return Optional.of(RENAME);
      case "expand":
        return Optional.of(EXPAND);
      case "contract":
        return Optional.of(CONTRACT);
      default:
        return Optional.empty();
    }
  }
}
