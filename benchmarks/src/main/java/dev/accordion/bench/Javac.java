package dev.accordion.bench;

import dev.accordion.processor.AccordionProcessor;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** javac in this JVM, on sources held in memory, with Accordion's processor or without any. */
final class Javac {

  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

  private Javac() {}

  /**
   * Compiles {@code sources} (class name to text) into {@code output}; with
   * {@code migrations} non-null, Accordion's processor writes there at {@code timestamp}.
   */
  static void compile(Map<String, String> sources, Path output, Path migrations, String timestamp)
      throws Exception {
    Files.createDirectories(output);
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach((name, text) -> files.add(new SimpleJavaFileObject(
        URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    }));
    List<String> options = new ArrayList<>(List.of(
        "-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
        "-implicit:none", "-Xlint:none"));
    if (migrations == null) {
      options.add("-proc:none");
    } else {
      options.add("-Aaccordion.migrations=" + migrations);
      options.add("-Aaccordion.timestamp=" + timestamp);
      options.add("-Aaccordion.dialects=sqlite,postgresql,mysql");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = COMPILER.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          COMPILER.getTask(new StringWriter(), manager, diagnostics, options, null, files);
      if (migrations != null) {
        task.setProcessors(List.of(new AccordionProcessor()));
      }
      if (!task.call()) {
        throw new IllegalStateException("compile failed: " + diagnostics.getDiagnostics());
      }
    }
  }
}
