package dev.accordion.internal;

import java.util.Locale;
import java.util.Optional;

/** The {@code kind=} of a migration header. */
enum MigrationKind {
  BASELINE, SCHEMA, RENAME, EXPAND, CONTRACT;

  /** As written in files, the index and the history table. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<MigrationKind> fromWord(String word) {
    for (MigrationKind kind : values()) {
      if (kind.word().equals(word)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
