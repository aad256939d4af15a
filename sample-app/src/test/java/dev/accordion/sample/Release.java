package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * One release of an application's entities, compiled as a user's build would compile it: javac
 * with Accordion's processor writing into a shared migrations directory. Its classes load in a
 * class loader of their own, so releases with the same class names can run side by side, as
 * instances of two releases do during a rollout.
 */
final class Release {

  private final String name;
  private final URLClassLoader classLoader;
  private final List<String> entityNames;
  private final List<String> warnings;

  private Release(String name, URLClassLoader classLoader, List<String> entityNames, List<String> warnings) {
    this.name = name;
    this.classLoader = classLoader;
    this.entityNames = entityNames;
    this.warnings = warnings;
  }

  /**
   * Compiles {@code sources} (a folder of .java files) with the processor, as the build at
   * {@code timestamp} would, writing new migrations into {@code migrations}.
   */
  static Release compile(String name, Path sources, Path migrations, String timestamp, Path work)
      throws IOException {
    Path classes = Files.createDirectories(work.resolve(name).resolve("classes"));
    Path generated = Files.createDirectories(work.resolve(name).resolve("generated"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          List.of(
              "-classpath", classPath,
              "-processorpath", classPath,
              "-processor", "dev.accordion.processor.AccordionProcessor",
              "-Aaccordion.migrations=" + migrations,
              "-Aaccordion.timestamp=" + timestamp,
              "-Aaccordion.dialects=sqlite,postgresql,mysql",
              "-d", classes.toString(),
              "-s", generated.toString());
      boolean ok =
          javac.getTask(null, fileManager, diagnostics, options, null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      List<String> warnings = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          fail(name + " did not compile: " + d);
        }
        warnings.add(d.getMessage(Locale.ROOT));
      }
      if (!ok) {
        fail(name + " did not compile: " + diagnostics.getDiagnostics());
      }
      List<String> entities =
          files.stream()
              .filter(Release::isEntitySource)
              .map(f -> sources.relativize(f).toString().replace('/', '.').replace(".java", ""))
              .toList();
      return new Release(name, new URLClassLoader(new URL[] {url(classes)}, Release.class.getClassLoader()),
          entities, warnings);
    }
  }

  /**
   * A release {@link #compile compiled} earlier, loaded from its {@code classes}, as another
   * JVM of the same application runs it.
   */
  static Release load(String name, Path sources, Path classes) throws IOException {
    List<String> entities;
    try (Stream<Path> walk = Files.walk(sources)) {
      entities = walk.filter(p -> p.toString().endsWith(".java")).sorted()
          .filter(Release::isEntitySource)
          .map(f -> sources.relativize(f).toString().replace('/', '.').replace(".java", ""))
          .toList();
    }
    return new Release(name, new URLClassLoader(new URL[] {url(classes)},
        Release.class.getClassLoader()), entities, List.of());
  }

  private static boolean isEntitySource(Path file) {
    try {
      return Files.readString(file).contains("@Entity");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  String name() {
    return name;
  }

  /** The release's entity classes. */
  List<Class<?>> entityClasses() {
    List<Class<?>> classes = new ArrayList<>();
    for (String entity : entityNames) {
      try {
        classes.add(classLoader.loadClass(entity));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return classes;
  }

  List<String> warnings() {
    return warnings;
  }

  Class<?> type(String simpleName) {
    try {
      return classLoader.loadClass("dev.accordion.lifecycle." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " has no class " + simpleName, e);
    }
  }

  /** A Hibernate session factory for this release's entities; {@code ddl} as hbm2ddl.auto. */
  SessionFactory sessionFactory(DataSource dataSource, String dialect, String ddl) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      Configuration configuration = new Configuration();
      for (String entity : entityNames) {
        configuration.addAnnotatedClass(classLoader.loadClass(entity));
      }
      configuration.getProperties().put("hibernate.connection.datasource", dataSource);
      configuration.setProperty("hibernate.dialect", dialect);
      configuration.setProperty("hibernate.hbm2ddl.auto", ddl);
      configuration.setProperty("hibernate.show_sql", "false");
      return configuration.buildSessionFactory();
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
