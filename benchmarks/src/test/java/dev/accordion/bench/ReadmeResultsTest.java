package dev.accordion.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's benchmark table is the one in the committed results of {@code benchmarks/run}. */
class ReadmeResultsTest {

  @Test
  void theReadmeShowsTheCommittedResults() throws Exception {
    String results = Files.readString(Path.of("results/quick.md"));
    String table = results.substring(results.indexOf("| benchmark |"),
        results.indexOf("\n\n## Machine"));
    String readme = Files.readString(Path.of("../README.md"));
    String begin = "<!-- benchmark results: copied from benchmarks/results/quick.md -->\n";
    String shown = readme.substring(readme.indexOf(begin) + begin.length(),
        readme.indexOf("\n<!-- end of benchmark results -->"));
    assertEquals(table, shown, "copy the table of benchmarks/results/quick.md into the README");
  }
}
