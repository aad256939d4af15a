package dev.accordion.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * The processor run as a build runs it: javac over entity sources with {@link AccordionProcessor}
 * and the {@code -Aaccordion.*} options a build passes. Every test compiles through it:
 *
 * <pre>{@code
 * Compile.into(migrations).at("20260101120000").release("r1")
 * Compile.into(migrations).at(R2).allDialects().entities(sources)
 * }</pre>
 *
 * <p>Immutable: each option returns a new run, so a test may keep a partly configured one.
 * Each compile gets a new {@link AccordionProcessor}, unless {@link #through} names another.
 */
final class Compile {

  static final String ALL_DIALECTS = "sqlite,postgresql,mysql";

  private final Path migrations;
  private final String timestamp;
  private final String dialects;
  private final String naming;
  private final String beanValidation;
  private final Processor processor;

  private Compile(Path migrations, String timestamp, String dialects, String naming,
      String beanValidation, Processor processor) {
    this.migrations = migrations;
    this.timestamp = timestamp;
    this.dialects = dialects;
    this.naming = naming;
    this.beanValidation = beanValidation;
    this.processor = processor;
  }

  /** {@code -Aaccordion.migrations=<migrations>}: the folder of the snapshot and migrations. */
  static Compile into(Path migrations) {
    return new Compile(migrations, null, null, null, null, null);
  }

  /** No {@code -Aaccordion.migrations} at all (ACC001). */
  static Compile withoutMigrations() {
    return new Compile(null, null, null, null, null, null);
  }

  /** {@code -Aaccordion.timestamp=<timestamp>}: the build's time, in new migrations' names. */
  Compile at(String timestamp) {
    return new Compile(migrations, timestamp, dialects, naming, beanValidation, processor);
  }

  /** {@code -Aaccordion.dialects=<dialects>}, comma-separated; SQLite only without it. */
  Compile dialects(String dialects) {
    return new Compile(migrations, timestamp, dialects, naming, beanValidation, processor);
  }

  /** {@code -Aaccordion.naming=<naming>}: the physical naming strategy. */
  Compile naming(String naming) {
    return new Compile(migrations, timestamp, dialects, naming, beanValidation, processor);
  }

  /** {@code -Aaccordion.beanValidation=<mode>}: whether Bean Validation reaches the schema. */
  Compile beanValidation(String mode) {
    return new Compile(migrations, timestamp, dialects, naming, mode, processor);
  }

  /** {@link #ALL_DIALECTS}: SQLite, PostgreSQL and MySQL/MariaDB. */
  Compile allDialects() {
    return dialects(ALL_DIALECTS);
  }

  /**
   * Runs {@code processor} (for one compile), e.g. a {@link RecordingProcessor} around an
   * {@link AccordionProcessor}, instead of a new {@link AccordionProcessor}.
   */
  Compile through(Processor processor) {
    return new Compile(migrations, timestamp, dialects, naming, beanValidation, processor);
  }

  /** The options javac gets. */
  List<String> options() {
    List<String> options = new ArrayList<>();
    if (migrations != null) {
      options.add("-Aaccordion.migrations=" + migrations);
    }
    if (timestamp != null) {
      options.add("-Aaccordion.timestamp=" + timestamp);
    }
    if (dialects != null) {
      options.add("-Aaccordion.dialects=" + dialects);
    }
    if (naming != null) {
      options.add("-Aaccordion.naming=" + naming);
    }
    if (beanValidation != null) {
      options.add("-Aaccordion.beanValidation=" + beanValidation);
    }
    return options;
  }

  /** Compiles every source of {@code releases/<name>/} (see {@link Resources#release}). */
  Compilation release(String name) {
    return entities(Resources.release(name));
  }

  Compilation entities(JavaFileObject... sources) {
    return entities(List.of(sources));
  }

  Compilation entities(List<? extends JavaFileObject> sources) {
    return Compiler.javac()
        .withProcessors(processor != null ? processor : new AccordionProcessor())
        .withOptions(options())
        .compile(sources);
  }
}
