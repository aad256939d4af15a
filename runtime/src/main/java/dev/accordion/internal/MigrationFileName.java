package dev.accordion.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's naming, {@code V<version>__<description>.sql}: the version's underscores are dots
 * ({@code V20261122100000_1} is version {@code 20261122100000.1}) and the description's are spaces.
 */
record MigrationFileName(String fileName, String version, String description) {

  private static final Pattern NAME = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");

  static Optional<MigrationFileName> parse(String fileName) {
    Matcher matcher = NAME.matcher(fileName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new MigrationFileName(
        fileName, matcher.group(1).replace('_', '.'), matcher.group(2).replace('_', ' ')));
  }
}
