package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertGolden;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.classOutput;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.generatedSource;
import static dev.accordion.processor.Resources.read;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiling again writes nothing new; an existing migration, even edited by hand, is never
 * rewritten; a changed release compiled with the same (fixed) timestamp takes the next number.
 */
class IdempotenceTest {

  static final String R1 = "20260101120000";
  static final String R2 = "20260102120000";
  static final String BASELINE = "V20260101120000_1__baseline.sql";
  static final String EXPAND_STATUS = "V20260102120000_1__expand_Post_status.sql";

  @TempDir Path migrations;

  @Test
  void sameReleaseTwiceWritesNothingNew() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();
    Map<String, byte[]> afterFirst = files(migrations);

    Compilation second = Compile.into(migrations).at(R1).release("r1");

    assertThat(second).succeededWithoutWarnings();
    assertUnchanged(migrations, afterFirst);
    // The jar of every build still carries all migrations and the index.
    assertGolden(classOutput(second, "db/accordion/sqlite/" + BASELINE), "expected/sqlite/" + BASELINE);
    assertGolden(classOutput(second, "db/accordion/sqlite/index.list"), "expected/index/r1.list");
  }

  @Test
  void expandReleaseTwiceWritesNothingNewAndTheSameAccessors() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();
    Compilation first = Compile.into(migrations).at(R2).release("r2");
    assertThat(first).succeeded();
    Map<String, byte[]> afterFirst = files(migrations);

    // A later build of the same sources, at another time.
    Compilation second = Compile.into(migrations).at("20260109090000").release("r2");

    assertThat(second).succeededWithoutWarnings();
    assertUnchanged(migrations, afterFirst);
    assertThat(generatedSource(second, "dev.accordion.sample.PostAccessors"))
        .isEqualTo(generatedSource(first, "dev.accordion.sample.PostAccessors"));
    assertGolden(classOutput(second, "db/accordion/sqlite/index.list"), "expected/index/r2.list");
  }

  /** A Windows editor may save it with a byte order mark; the compile reads it and keeps it. */
  @Test
  void aSnapshotSavedWithAByteOrderMarkIsReadAndLeftAsItIs() throws IOException {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();
    Path snapshot = migrations.resolve("schema.json");
    Files.writeString(snapshot, "\uFEFF" + Files.readString(snapshot, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    Map<String, byte[]> withMark = files(migrations);

    Compilation again = Compile.into(migrations).at(R1).release("r1");

    assertThat(again).succeededWithoutWarnings();
    assertUnchanged(migrations, withMark);
  }

  @Test
  void handEditedMigrationIsNeverRewritten() throws IOException {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();
    Path baseline = migrations.resolve("sqlite").resolve(BASELINE);
    String edited = read(baseline) + "CREATE INDEX \"Post_title_idx\" ON \"Post\" (\"title\");\n";
    Files.writeString(baseline, edited, StandardCharsets.UTF_8);
    Map<String, byte[]> beforeRecompile = files(migrations);

    Compilation again = Compile.into(migrations).at(R1).release("r1");
    assertThat(again).succeeded();
    assertUnchanged(migrations, beforeRecompile);
    // What ships is the edited file, as the developer left it.
    assertThat(classOutput(again, "db/accordion/sqlite/" + BASELINE)).isEqualTo(edited);

    Compilation next = Compile.into(migrations).at(R2).release("r2");
    assertThat(next).succeeded();
    assertThat(read(baseline)).isEqualTo(edited);
    assertGolden(read(migrations.resolve("sqlite").resolve(EXPAND_STATUS)), "expected/sqlite/" + EXPAND_STATUS);
  }

  @Test
  void changedReleaseWithTheSameTimestampTakesTheNextNumber() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();

    // The fixed timestamp of r1 again, with a release that adds a table and a column.
    Compilation compilation = Compile.into(migrations).at(R1).release("schema-change");

    assertThat(compilation).succeeded();
    String second = "V20260101120000_2__add_Post_summary_and_create_Tag.sql";
    assertThat(files(migrations).keySet())
        .containsExactly("schema.json", "sqlite/" + BASELINE, "sqlite/" + second);
    assertGolden(read(migrations.resolve("sqlite").resolve(BASELINE)), "expected/sqlite/" + BASELINE);
    assertGolden(read(migrations.resolve("sqlite").resolve(second)), "expected/sqlite/V20260201120000_1__add_Post_summary_and_create_Tag.sql");
    assertThat(classOutput(compilation, "db/accordion/sqlite/index.list"))
        .isEqualTo(
            "# version\tkind\ttransition\tfile (generated by Accordion)\n"
                + "20260101120000.1\tbaseline\t-\t" + BASELINE + "\n"
                + "20260101120000.2\tschema\t-\t" + second + "\n");
  }
}
