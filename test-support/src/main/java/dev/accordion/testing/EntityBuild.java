package dev.accordion.testing;

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
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A folder of entity sources compiled as a user's build compiles it: javac with Accordion's
 * processor (found on the test class path) and {@code -Aaccordion.*} options. The classes load in
 * a class loader of their own, so two compiles with the same class names can run side by side.
 */
public final class EntityBuild {

  private static final String PROCESSOR = "dev.accordion.processor.AccordionProcessor";

  private EntityBuild() {}

  /** What javac left: the classes, their loader, the entity names and every diagnostic. */
  public record Compiled(
      Path classes, URLClassLoader classLoader, List<String> entityNames,
      List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    public boolean succeeded() {
      return diagnostics.stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }

    /** The text of every diagnostic of {@code kind}, in the order javac gave them. */
    public List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind)
          .map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    /**
     * The compiled {@code @Converter(autoApply = true)} classes, which Hibernate must be given
     * beside the entities, as scanning gives them to an application's.
     */
    public List<Class<?>> autoAppliedConverters() {
      List<Class<?>> converters = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(classes)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          String name = classes.relativize(file).toString().replace(".class", "")
              .replace(java.io.File.separatorChar, '.');
          Class<?> type = classLoader.loadClass(name);
          jakarta.persistence.Converter converter =
              type.getAnnotation(jakarta.persistence.Converter.class);
          if (converter != null && converter.autoApply()) {
            converters.add(type);
          }
        }
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException("the classes in " + classes + " do not load", e);
      }
      return converters;
    }

    public List<Class<?>> entityClasses() {
      List<Class<?>> classes = new ArrayList<>();
      for (String name : entityNames) {
        try {
          classes.add(classLoader.loadClass(name));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name + " was compiled but does not load", e);
        }
      }
      return classes;
    }
  }

  /**
   * Compiles every {@code .java} file below {@code sources} into {@code work/classes} (generated
   * sources into {@code work/generated}), with {@code options} such as
   * {@code -Aaccordion.migrations=...}. The entity names are the sources that say
   * {@code @Entity}, named by their path below {@code sources}.
   */
  public static Compiled compile(Path sources, Path work, List<String> options)
      throws IOException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    List<String> arguments = new ArrayList<>(List.of(
        "-classpath", classPath,
        "-processorpath", classPath,
        "-processor", PROCESSOR,
        "-d", classes.toString(),
        "-s", generated.toString()));
    arguments.addAll(options);
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      javac.getTask(null, fileManager, diagnostics, arguments, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
    }
    List<String> entities = files.stream()
        .filter(EntityBuild::isEntitySource)
        .map(EntityBuild::className)
        .toList();
    URLClassLoader loader =
        new URLClassLoader(new URL[] {url(classes)}, EntityBuild.class.getClassLoader());
    return new Compiled(classes, loader, entities, List.copyOf(diagnostics.getDiagnostics()));
  }

  /** Classes a {@link #compile} wrote, loaded as another JVM of the application would load them. */
  public static Compiled load(Path sources, Path classes) throws IOException {
    List<String> entities;
    try (Stream<Path> walk = Files.walk(sources)) {
      entities = walk.filter(p -> p.toString().endsWith(".java")).sorted()
          .filter(EntityBuild::isEntitySource)
          .map(EntityBuild::className)
          .toList();
    }
    URLClassLoader loader =
        new URLClassLoader(new URL[] {url(classes)}, EntityBuild.class.getClassLoader());
    return new Compiled(classes, loader, entities, List.of());
  }

  /**
   * The class a source declares: its package statement and file name, so a corpus may keep each
   * model's sources flat in one folder.
   */
  private static String className(Path file) {
    String simple = file.getFileName().toString().replace(".java", "");
    try (Stream<String> lines = Files.lines(file)) {
      return lines.map(String::strip)
          .filter(l -> l.startsWith("package "))
          .findFirst()
          .map(l -> l.substring("package ".length(), l.indexOf(';')).strip() + "." + simple)
          .orElse(simple);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
