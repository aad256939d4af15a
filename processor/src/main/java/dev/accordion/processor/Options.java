package dev.accordion.processor;

import dev.accordion.format.DialectName;
import dev.accordion.processor.diagnostics.Message;
import dev.accordion.processor.diagnostics.ValidationReport;
import dev.accordion.processor.read.PhysicalNaming;
import dev.accordion.processor.read.ValidationMode;
import dev.accordion.processor.render.SqlDialect;
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
import javax.lang.model.element.Element;

/** The processor's {@code -Aaccordion.*} options. */
record Options(
    Optional<Path> migrations,
    List<String> dialects,
    String timestamp,
    String classpathRoot,
    String naming,
    String beanValidation) {

  static final String MIGRATIONS = "accordion.migrations";
  static final String DIALECTS = "accordion.dialects";
  static final String TIMESTAMP = "accordion.timestamp";
  static final String CLASSPATH_ROOT = "accordion.classpathRoot";
  static final String NAMING = "accordion.naming";
  static final String BEAN_VALIDATION = "accordion.beanValidation";

  static final Set<String> NAMES =
      Set.of(MIGRATIONS, DIALECTS, TIMESTAMP, CLASSPATH_ROOT, NAMING, BEAN_VALIDATION);

  private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /**
   * Parses the options without judging them: the caller reports a missing {@link #migrations},
   * dialects {@link DialectName} does not name, a naming strategy {@link PhysicalNaming} does not
   * name, a validation mode {@link ValidationMode} does not name and a timestamp failing
   * {@link #timestampValid}.
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
    String naming = raw.getOrDefault(NAMING, PhysicalNaming.AS_DECLARED.option()).strip();
    String beanValidation =
        raw.getOrDefault(BEAN_VALIDATION, ValidationMode.AUTO.option()).strip();
    return new Options(migrations, dialects, timestamp, root, naming, beanValidation);
  }

  /** What is wrong with the options, each reported on {@code anchor}. */
  ValidationReport problems(Element anchor) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (migrations.isEmpty()) {
      report.report(Message.MIGRATIONS_OPTION_MISSING, anchor);
    }
    for (String dialect : dialects) {
      if (DialectName.fromWord(dialect).isEmpty()) {
        report.report(Message.UNSUPPORTED_DIALECT, anchor, dialect, DialectName.words());
      }
    }
    if (PhysicalNaming.fromOption(naming).isEmpty()) {
      String problem = naming.matches("[\\w.$:]+") && naming.contains(".")
          ? loadedNaming().problem()
          : "it is no option word and no class name";
      if (problem != null) {
        report.report(Message.UNKNOWN_NAMING, anchor, naming, problem, PhysicalNaming.options());
      }
    }
    if (ValidationMode.fromOption(beanValidation).isEmpty()) {
      report.report(Message.UNKNOWN_VALIDATION_MODE, anchor, beanValidation,
          ValidationMode.options());
    }
    if (!timestampValid()) {
      report.report(Message.BAD_TIMESTAMP_OPTION, anchor, timestamp);
    }
    return report.build();
  }

  /** The renderers of the dialects named, which {@link #problems} found all known. */
  List<SqlDialect> sqlDialects() {
    return dialects.stream().map(word -> SqlDialect.of(DialectName.fromWord(word).orElseThrow()))
        .toList();
  }

  /** The naming strategy, which {@link #problems} found known or loadable. */
  PhysicalNaming physicalNaming() {
    return PhysicalNaming.fromOption(naming)
        .orElseGet(() -> loadedNaming().naming().orElseThrow());
  }

  /** How Bean Validation constraints reach the schema, which {@link #problems} found known. */
  ValidationMode validationMode() {
    return ValidationMode.fromOption(beanValidation).orElseThrow();
  }

  /** The application's own strategy the option names, from the processor path. */
  private PhysicalNaming.Loaded loadedNaming() {
    return PhysicalNaming.load(naming, Options.class.getClassLoader());
  }

  boolean timestampValid() {
    try {
      return timestamp.length() == 14 && LocalDateTime.parse(timestamp, VERSION_TIME) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
