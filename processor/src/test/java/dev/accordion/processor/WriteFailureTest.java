package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.release;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACC005 says truthfully what was written. Everything is rendered before anything is written, and
 * the source tree is written first: when a later write into the build output fails, the new
 * migrations and snapshot are in place, and compiling again completes the rest.
 */
class WriteFailureTest {

  private static final String R1 = "20260101120000";
  private static final String R2 = "20260102120000";
  private static final String EXPAND = "sqlite/V20260102120000_1__expand_Post_status.sql";

  @TempDir Path migrations;

  private Compilation compile(String timestamp, String release, Predicate<String> fails) {
    return Compiler.javac()
        .withProcessors(new RecordingProcessor(new AccordionProcessor(), fails))
        .withOptions("-Aaccordion.migrations=" + migrations, "-Aaccordion.timestamp=" + timestamp)
        .compile(release(release));
  }

  @Test
  void accessorThatCannotBeWrittenIsReportedWithWhatWasWritten() {
    assertThat(compile(R1, "r1", file -> false)).succeeded();

    Compilation failed =
        compile(R2, "r2", file -> file.equals("source dev.accordion.sample.PostAccessors"));

    assertThat(failed)
        .hadErrorContaining("[ACC005] Could not write dev.accordion.sample.PostAccessors");
    assertThat(failed).hadErrorContaining("The migrations and the snapshot in " + migrations
        + " were written; compiling again publishes them and generates the accessors.");
    assertThat(failed).hadErrorCount(1);
    Map<String, byte[]> written = files(migrations);
    assertThat(written.keySet()).contains(EXPAND);

    Compilation again = compile(R2, "r2", file -> false);

    assertThat(again).succeededWithoutWarnings();
    assertUnchanged(migrations, written);
    assertThat(again.generatedSourceFile("dev.accordion.sample.PostAccessors")).isPresent();
  }

  @Test
  void indexThatCannotBeWrittenIsReportedWithWhatWasWritten() {
    assertThat(compile(R1, "r1", file -> false)).succeeded();

    Compilation failed = compile(R2, "r2", file -> file.endsWith("index.list"));

    assertThat(failed).hadErrorContaining("[ACC005]");
    assertThat(failed).hadErrorContaining("were written; compiling again publishes them");
    assertThat(failed).hadErrorCount(1);
    assertThat(files(migrations).keySet()).contains(EXPAND);
  }
}
