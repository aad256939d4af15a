package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.fail;

import dev.accordion.testing.EntityBuild;
import dev.accordion.testing.HibernateBoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * One release of an application's entities, compiled as a user's build would compile it: javac
 * with Accordion's processor writing into a shared migrations directory. Its classes load in a
 * class loader of their own, so releases with the same class names can run side by side, as
 * instances of two releases do during a rollout.
 */
final class Release {

  private final String name;
  private final EntityBuild.Compiled compiled;
  private final Map<String, String> hibernateSettings;

  private Release(String name, EntityBuild.Compiled compiled,
      Map<String, String> hibernateSettings) {
    this.name = name;
    this.compiled = compiled;
    this.hibernateSettings = Map.copyOf(hibernateSettings);
  }

  /**
   * Compiles {@code sources} (a folder of .java files) with the processor, as the build at
   * {@code timestamp} would, writing new migrations into {@code migrations}.
   */
  static Release compile(String name, Path sources, Path migrations, String timestamp, Path work)
      throws IOException {
    return compile(name, sources, migrations, timestamp, work, List.of(), Map.of());
  }

  /**
   * The same, for an application that configures Hibernate: {@code options} go to the
   * processor too (the {@code -Aaccordion.naming} that matches its naming strategy), and
   * {@code hibernateSettings} to each of the release's session factories.
   */
  static Release compile(String name, Path sources, Path migrations, String timestamp, Path work,
      List<String> options, Map<String, String> hibernateSettings) throws IOException {
    List<String> arguments = new ArrayList<>(List.of(
        "-Aaccordion.migrations=" + migrations,
        "-Aaccordion.timestamp=" + timestamp,
        "-Aaccordion.dialects=sqlite,postgresql,mysql"));
    arguments.addAll(options);
    EntityBuild.Compiled compiled = EntityBuild.compile(sources, work.resolve(name), arguments);
    if (!compiled.succeeded()) {
      fail(name + " did not compile: " + compiled.diagnostics());
    }
    return new Release(name, compiled, hibernateSettings);
  }

  /**
   * A release {@link #compile compiled} earlier, loaded from its {@code classes}, as another
   * JVM of the same application runs it.
   */
  static Release load(String name, Path sources, Path classes) throws IOException {
    return new Release(name, EntityBuild.load(sources, classes), Map.of());
  }

  String name() {
    return name;
  }

  /** The release's entity classes. */
  List<Class<?>> entityClasses() {
    return compiled.entityClasses();
  }

  /** Every diagnostic the processor gave (errors fail the compile). */
  List<String> warnings() {
    return compiled.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  /** The class {@code simpleName} of the release's package, the package of its entities. */
  Class<?> type(String simpleName) {
    String entity = compiled.entityNames().get(0);
    try {
      return compiled.classLoader().loadClass(
          entity.substring(0, entity.lastIndexOf('.') + 1) + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " has no class " + simpleName, e);
    }
  }

  /** A Hibernate session factory for this release's entities; {@code ddl} as hbm2ddl.auto. */
  SessionFactory sessionFactory(DataSource dataSource, String dialect, String ddl) {
    return HibernateBoot.sessionFactory(compiled, dataSource, dialect, ddl, hibernateSettings);
  }
}
