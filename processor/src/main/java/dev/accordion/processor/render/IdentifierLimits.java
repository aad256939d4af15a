package dev.accordion.processor.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How long a name each database takes, checked on the rendered SQL itself, so the names
 * Accordion builds (triggers, functions, keys: {@code accordion_<table>_<column>_<purpose>})
 * are checked with the ones the entities declare. PostgreSQL cuts a longer name silently, which
 * can make two triggers one; MariaDB refuses it.
 */
public final class IdentifierLimits {

  /** A name over its database's limit: its length in the limit's unit. */
  public record TooLong(String name, int length, String unit, String database, int limit) {}

  private IdentifierLimits() {}

  /** The distinct names of {@code sql}, written for {@code dialect}, that are too long for it. */
  public static List<TooLong> check(String dialect, String sql) {
    char quote = switch (dialect) {
      case "postgresql" -> '"';
      case "mysql" -> '`';
      default -> 0; // SQLite has no limit
    };
    Set<TooLong> found = new LinkedHashSet<>();
    if (quote == 0) {
      return List.of();
    }
    for (String name : quotedNames(sql, quote)) {
      if (quote == '"') {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > 63) {
          found.add(new TooLong(name, bytes, "bytes", "PostgreSQL", 63));
        }
      } else {
        int characters = name.codePointCount(0, name.length());
        if (characters > 64) {
          found.add(new TooLong(name, characters, "characters", "MariaDB", 64));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The names quoted with {@code quote} in the code of {@code sql}: comment lines (the header,
   * notes for people) and string literals are skipped; a doubled quote is one.
   */
  private static List<String> quotedNames(String sql, char quote) {
    List<String> names = new java.util.ArrayList<>();
    int i = 0;
    int length = sql.length();
    boolean lineStart = true;
    while (i < length) {
      char c = sql.charAt(i);
      if (lineStart && sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? length : end + 1;
        continue;
      }
      lineStart = c == '\n';
      if (c == '\'' || c == quote) {
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < length) {
          char d = sql.charAt(j);
          if (d == c) {
            if (j + 1 < length && sql.charAt(j + 1) == c) {
              text.append(c);
              j += 2;
              continue;
            }
            break;
          }
          text.append(d);
          j++;
        }
        if (c == quote) {
          names.add(text.toString());
        }
        i = j + 1;
        continue;
      }
      i++;
    }
    return names;
  }
}
