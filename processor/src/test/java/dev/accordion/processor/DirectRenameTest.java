package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertGolden;
import static dev.accordion.processor.Resources.classOutput;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.lineOf;
import static dev.accordion.processor.Resources.read;
import static dev.accordion.processor.Resources.source;
import static dev.accordion.processor.Resources.text;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' direct rename, {@code Profile.biograpy} to {@code Profile.biography} with
 * {@code @RenamedFrom} alone: one {@code RENAME COLUMN}, data kept, and warning ACC203 since it is
 * not zero-downtime, unless the rename is acknowledged with a reason, which goes into the header.
 */
class DirectRenameTest {

  static final String BEFORE = "20260101120000";
  static final String RENAME = "20260301120000";
  static final String FILE = "V20260301120000_1__rename_Profile_biograpy_to_biography.sql";

  @TempDir Path migrations;

  @Test
  void directRenameWarnsAndRenamesInPlace() {
    assertThat(Compile.into(migrations).at(BEFORE).release("rename/r1")).succeededWithoutWarnings();
    JavaFileObject profile = source("releases/rename/r2/Profile.java");

    Compilation compilation = Compile.into(migrations).at(RENAME).entities(List.of(profile));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[ACC203]")
        .inFile(profile)
        .onLine(lineOf("releases/rename/r2/Profile.java", "@RenamedFrom(\"biograpy\")"));
    assertThat(files(migrations).keySet())
        .containsExactly("schema.json", "sqlite/V20260101120000_1__baseline.sql", "sqlite/" + FILE);
    assertGolden(read(migrations.resolve("sqlite").resolve(FILE)), "expected/rename/" + FILE);
    String golden = text("expected/rename/" + FILE);
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "db/accordion/sqlite/" + FILE)
        .contentsAsUtf8String()
        .isEqualTo(golden);
    assertThat(classOutput(compilation, "db/accordion/sqlite/index.list"))
        .endsWith("20260301120000.1\trename\t-\t" + FILE + "\n");
    assertGolden(read(migrations.resolve("schema.json")), "expected/schema/rename.json");
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void acknowledgedRenameDoesNotWarnAndRecordsTheReason() {
    assertThat(Compile.into(migrations).at(BEFORE).release("rename/r1")).succeeded();

    Compilation compilation = Compile.into(migrations).at(RENAME).release("rename/r2-acknowledged");

    assertThat(compilation).succeededWithoutWarnings();
    assertGolden(read(migrations.resolve("sqlite").resolve(FILE)),
        "expected/rename-acknowledged/" + FILE);
    String golden = text("expected/rename-acknowledged/" + FILE);
    assertThat(golden)
        .contains("-- Acknowledged (ACC203): no released version reads biograpy yet\n");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "db/accordion/sqlite/" + FILE)
        .contentsAsUtf8String()
        .isEqualTo(golden);
    assertGolden(read(migrations.resolve("schema.json")), "expected/schema/rename.json");
  }

  @Test
  void compilingTheRenameAgainWritesNothing() {
    assertThat(Compile.into(migrations).at(BEFORE).release("rename/r1")).succeeded();
    assertThat(Compile.into(migrations).at(RENAME).release("rename/r2")).succeeded();
    var before = files(migrations);

    Compilation again = Compile.into(migrations).at("20260302120000").release("rename/r2");

    assertThat(again).succeededWithoutWarnings();
    Resources.assertUnchanged(migrations, before);
  }
}
