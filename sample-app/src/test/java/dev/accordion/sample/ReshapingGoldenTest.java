package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of every reshaping the lifecycle tests run: the three releases compiled as in
 * those tests, and every file the processor wrote (each dialect's migrations, the snapshot, the
 * generated accessors) equal to {@code reshapings/<name>/expected/}. After a deliberate change
 * to the generated output, run with {@code -Daccordion.golden=update} to rewrite them, and
 * review the diff.
 */
class ReshapingGoldenTest {

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"enum-values", "copy-map", "type-change", "combine-split", "link-move",
      "link-move-association", "one-to-many", "one-to-many-association", "table-rename"})
  void generatedFilesEqualTheGoldenFiles(String name) throws Exception {
    Path migrations = temp.resolve("migrations");
    Path work = temp.resolve("build");
    for (int number = 1; number <= 3; number++) {
      Release.compile(name + "-release" + number,
          Reshaping.SOURCES.resolve(name).resolve("release" + number), migrations,
          "2026010" + number + "120000", work);
    }
    Map<String, String> generated = new TreeMap<>(files(migrations, "migrations/"));
    for (int number = 1; number <= 3; number++) {
      generated.putAll(files(work.resolve(name + "-release" + number).resolve("generated"),
          "accessors/release" + number + "/"));
    }
    Path expected = Reshaping.SOURCES.resolve(name).resolve("expected");
    if ("update".equals(System.getProperty("accordion.golden"))) {
      write(expected, generated);
    }
    assertEquals(files(expected, ""), generated);
  }

  /** Every file under {@code root}, by its relative path after {@code prefix}, as text. */
  private static Map<String, String> files(Path root, String prefix) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(prefix + root.relativize(file).toString().replace('\\', '/'),
            Files.readString(file));
      }
    }
    return files;
  }

  private static void write(Path root, Map<String, String> files) throws IOException {
    if (Files.isDirectory(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
  }
}
