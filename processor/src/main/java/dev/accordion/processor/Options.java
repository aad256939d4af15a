package dev.accordion.processor;

import dev.accordion.format.DialectName;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The processor's {@code -Aaccordion.*} options. */
record Options(Optional<Path> migrations, List<String> dialects, String timestamp, String classpathRoot) {

  static final String MIGRATIONS = "accordion.migrations";
  static final String DIALECTS = "accordion.dialects";
  static final String TIMESTAMP = "accordion.timestamp";
  static final String CLASSPATH_ROOT = "accordion.classpathRoot";

  static final Set<String> NAMES = Set.of(MIGRATIONS, DIALECTS, TIMESTAMP, CLASSPATH_ROOT);

  private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /**
   * Parses the options without judging them: the caller reports a missing {@link #migrations},
   * dialects {@link DialectName} does not name and a timestamp failing {@link #timestampValid}.
   */
  static Options parse(Map<String, String> raw) {
    Optional<Path> migrations =
        Optional.ofNullable(raw.get(MIGRATIONS)).filter(s -> !s.isBlank()).map(Path::of);
    List<String> dialects =
        Arrays.stream(raw.getOrDefault(DIALECTS, DialectName.SQLITE.word()).split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .distinct()
            .sorted()
            .toList();
    String timestamp =
        Optional.ofNullable(raw.get(TIMESTAMP))
            .orElseGet(() -> LocalDateTime.now(ZoneOffset.UTC).format(VERSION_TIME));
    String root = raw.getOrDefault(CLASSPATH_ROOT, "db/accordion");
    return new Options(migrations, dialects, timestamp, root);
  }

  boolean timestampValid() {
    try {
      return timestamp.length() == 14 && LocalDateTime.parse(timestamp, VERSION_TIME) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
