package dev.accordion.processor.render;

import dev.accordion.format.DialectName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How long a name each database takes, checked on the names a migration's SQL quotes ({@link
 * MigrationRenderer.RenderedMigration#names}), so the names Accordion builds (triggers,
 * functions, keys: {@code accordion_<table>_<column>_<purpose>}) are checked with the ones the
 * entities declare. PostgreSQL cuts a longer name silently, which can make two triggers one;
 * MariaDB refuses it.
 */
public final class IdentifierLimits {

  /** A name over its database's limit: its length in the limit's unit. */
  public record TooLong(String name, int length, String unit, String database, int limit) {}

  private IdentifierLimits() {}

  /** Those of {@code names}, distinct and as quoted for {@code dialect}, too long for it. */
  public static List<TooLong> check(DialectName dialect, Collection<String> names) {
    List<TooLong> found = new ArrayList<>();
    for (String name : names) {
      switch (dialect) {
        case POSTGRESQL -> {
          int bytes = name.getBytes(StandardCharsets.UTF_8).length;
          if (bytes > 63) {
            found.add(new TooLong(name, bytes, "bytes", "PostgreSQL", 63));
          }
        }
        case MYSQL -> {
          int characters = name.codePointCount(0, name.length());
          if (characters > 64) {
            found.add(new TooLong(name, characters, "characters", "MariaDB", 64));
          }
        }
        case SQLITE -> { } // no limit
      }
    }
    return found;
  }
}
