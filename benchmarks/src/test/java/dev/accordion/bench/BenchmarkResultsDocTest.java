package dev.accordion.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark table of {@code docs/benchmarks.md} is the one in the committed results of
 * {@code benchmarks/run}.
 */
class BenchmarkResultsDocTest {

  private static final Path DOC = Path.of("../docs/benchmarks.md");

  @Test
  void theBenchmarksDocShowsTheCommittedResults() throws Exception {
    String results = Files.readString(Path.of("results/quick.md"));
    String table = results.substring(results.indexOf("| benchmark |"),
        results.indexOf("\n\n## Machine"));
    String doc = Files.readString(DOC);
    String begin = "<!-- benchmark results: copied from benchmarks/results/quick.md -->\n";
    String end = "\n<!-- end of benchmark results -->";
    assertTrue(doc.contains(begin) && doc.contains(end), DOC + " has the results' markers");
    String shown = doc.substring(doc.indexOf(begin) + begin.length(), doc.indexOf(end));
    assertEquals(table, shown, "copy the table of benchmarks/results/quick.md into " + DOC);
  }
}
