package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.files;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import javax.annotation.processing.Processor;
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

  /** The processor, with the Filer failing for each file {@code fails} names. */
  private static Processor failing(Predicate<String> fails) {
    return new RecordingProcessor(new AccordionProcessor(), fails);
  }

  @Test
  void accessorThatCannotBeWrittenIsReportedWithWhatWasWritten() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();

    Compilation failed = Compile.into(migrations).at(R2)
        .through(failing(file -> file.equals("source dev.accordion.sample.PostAccessors")))
        .release("r2");

    assertThat(failed)
        .hadErrorContaining("[ACC005] Could not write dev.accordion.sample.PostAccessors");
    assertThat(failed).hadErrorContaining("The migrations and the snapshot in " + migrations
        + " were written; compiling again publishes them and generates the accessors.");
    assertThat(failed).hadErrorCount(1);
    Map<String, byte[]> written = files(migrations);
    assertThat(written.keySet()).contains(EXPAND);

    Compilation again = Compile.into(migrations).at(R2).release("r2");

    assertThat(again).succeededWithoutWarnings();
    assertUnchanged(migrations, written);
    assertThat(again.generatedSourceFile("dev.accordion.sample.PostAccessors")).isPresent();
  }

  @Test
  void indexThatCannotBeWrittenIsReportedWithWhatWasWritten() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();

    Compilation failed = Compile.into(migrations).at(R2)
        .through(failing(file -> file.endsWith("index.list"))).release("r2");

    assertThat(failed).hadErrorContaining("[ACC005]");
    assertThat(failed).hadErrorContaining("were written; compiling again publishes them");
    assertThat(failed).hadErrorCount(1);
    assertThat(files(migrations).keySet()).contains(EXPAND);
  }
}
