package dev.accordion.processor.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a name each database takes, checked on the rendered SQL itself, so the names
 * Accordion builds (triggers, functions, keys: {@code accordion_<table>_<column>_<purpose>})
 * are checked with the ones the entities declare. PostgreSQL cuts a longer name silently, which
 * can make two triggers one; MariaDB refuses it.
 */
public final class IdentifierLimits {

  /** A name over its database's limit: its length in the limit's unit. */
  public record TooLong(String name, int length, String unit, String database, int limit) {}

  private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"((?:[^\"]|\"\")*)\"");
  private static final Pattern BACKTICKED = Pattern.compile("`((?:[^`]|``)*)`");

  private IdentifierLimits() {}

  /** The distinct names of {@code sql}, written for {@code dialect}, that are too long for it. */
  public static List<TooLong> check(String dialect, String sql) {
    Set<TooLong> found = new LinkedHashSet<>();
    for (String line : sql.lines().toList()) {
      if (line.startsWith("--")) {
        continue; // a comment for people, or the header
      }
      String code = LITERAL.matcher(line).replaceAll("''");
      switch (dialect) {
        case "postgresql" -> names(DOUBLE_QUOTED, code, "\"").forEach(name -> {
          int bytes = name.getBytes(StandardCharsets.UTF_8).length;
          if (bytes > 63) {
            found.add(new TooLong(name, bytes, "bytes", "PostgreSQL", 63));
          }
        });
        case "mysql" -> names(BACKTICKED, code, "`").forEach(name -> {
          int characters = name.codePointCount(0, name.length());
          if (characters > 64) {
            found.add(new TooLong(name, characters, "characters", "MariaDB", 64));
          }
        });
        default -> { } // SQLite has no limit
      }
    }
    return List.copyOf(found);
  }

  private static List<String> names(Pattern quoted, String code, String quote) {
    Matcher m = quoted.matcher(code);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1).replace(quote + quote, quote));
    }
    return names;
  }
}
