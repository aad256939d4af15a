package dev.accordion.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The test suite's inputs and golden outputs, all resource files: {@code releases/<name>/} holds
 * the entity sources of one release, {@code expected/} what the processor must write for them,
 * {@code bad/} one file per bad-input case. Also the small file-system helpers the tests share.
 */
final class Resources {

  private Resources() {}

  /** Every source of a release, sorted by file name. */
  static List<JavaFileObject> release(String name) {
    try (Stream<Path> files = Files.list(resourcePath("releases/" + name))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".java"))
          .map(f -> f.getFileName().toString())
          .sorted()
          .map(f -> source("releases/" + name + "/" + f))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  /** A resource's text, exactly as stored. */
  static String text(String resource) {
    try {
      return Files.readString(resourcePath(resource), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} is the golden file {@code resource}. Run with
   * {@code -Daccordion.golden=update} after a deliberate change to the generated output: the
   * golden file is rewritten in the source tree (and in the compiled resources, for the checks
   * later in the same run) instead, and the diff is there to review.
   */
  static void assertGolden(String actual, String resource) {
    if ("update".equals(System.getProperty("accordion.golden"))) {
      Path compiled = resourcePath(resource);
      Path source = Path.of(compiled.toString().replace(
          Path.of("target", "test-classes").toString(), Path.of("src", "test", "resources").toString()));
      try {
        Files.writeString(compiled, actual, StandardCharsets.UTF_8);
        Files.writeString(source, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertWithMessage("golden file %s", resource).that(actual).isEqualTo(text(resource));
  }

  /** The 1-based line of the first line of {@code resource} that contains {@code marker}. */
  static int lineOf(String resource, String marker) {
    List<String> lines = text(resource).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new AssertionError(resource + " has no line containing " + marker);
  }

  private static Path resourcePath(String resource) {
    URL url = Resources.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Every file under {@code dir} (relative path with '/' to bytes), to compare before/after. */
  static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Asserts that {@code dir} holds exactly the same files with exactly the same bytes. */
  static void assertUnchanged(Path dir, Map<String, byte[]> before) {
    Map<String, byte[]> after = files(dir);
    assertWithMessage("files in %s", dir).that(after.keySet()).containsExactlyElementsIn(before.keySet());
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertWithMessage("bytes of %s", file.getKey())
          .that(after.get(file.getKey()))
          .isEqualTo(file.getValue());
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a file the compilation generated in {@code CLASS_OUTPUT}. */
  static String classOutput(Compilation compilation, String path) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(() -> new AssertionError("not generated: " + path));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a generated source, by the qualified name of its class. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
