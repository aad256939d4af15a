package dev.accordion.bench;

import dev.accordion.processor.AccordionProcessor;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** javac in this JVM, on sources held in memory, with Accordion's processor, another or none. */
final class Javac {

  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

  private Javac() {}

  /**
   * Compiles {@code sources} (class name to text) into {@code output}; with
   * {@code migrations} non-null, Accordion's processor writes there at {@code timestamp}.
   */
  static void compile(Map<String, String> sources, Path output, Path migrations, String timestamp)
      throws Exception {
    if (migrations == null) {
      compile(sources, output, null, List.of());
    } else {
      compile(sources, output, new AccordionProcessor(), List.of(
          "-Aaccordion.migrations=" + migrations,
          "-Aaccordion.timestamp=" + timestamp,
          "-Aaccordion.dialects=sqlite,postgresql,mysql"));
    }
  }

  /** Compiles {@code sources} into {@code output} with {@code processor}, or with none if null. */
  static void compile(Map<String, String> sources, Path output, Processor processor,
      List<String> processorOptions) throws Exception {
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
    if (processor == null) {
      options.add("-proc:none");
    }
    options.addAll(processorOptions);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = COMPILER.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task =
          COMPILER.getTask(new StringWriter(), manager, diagnostics, options, null, files);
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      if (!task.call()) {
        throw new IllegalStateException("compile failed: " + diagnostics.getDiagnostics());
      }
    }
  }
}
