package dev.accordion.format;

import java.util.Locale;
import java.util.Optional;

/** The {@code kind=} of a migration header. */
public enum MigrationKind {
  BASELINE, SCHEMA, RENAME, EXPAND, CONTRACT;

  /** As written in files, the index and the history table. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MigrationKind> fromWord(String word) {
    for (MigrationKind kind : values()) {
      if (kind.word().equals(word)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
