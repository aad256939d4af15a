package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertGolden;
import static dev.accordion.processor.Resources.classOutput;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.generatedSource;
import static dev.accordion.processor.Resources.read;
import static dev.accordion.processor.Resources.text;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' acceptance examples, release by release, against golden files: r1 is the baseline,
 * r2 expands Post.published (boolean) into Post.status (enum) through a value map, r3 expands
 * Profile.bio into Profile.biography (copy) and contracts Post.status. Each release is compiled
 * on top of the snapshot the previous one wrote into the same migrations directory.
 */
class GoldenReleasesTest {

  static final String R1 = "20260101120000";
  static final String R2 = "20260102120000";
  static final String R3 = "20260103120000";
  static final String SCHEMA_CHANGE = "20260201120000";

  static final String BASELINE = "V20260101120000_1__baseline.sql";
  static final String EXPAND_STATUS = "V20260102120000_1__expand_Post_status.sql";
  static final String EXPAND_BIOGRAPHY = "V20260103120000_1__expand_Profile_biography.sql";
  static final String CONTRACT_STATUS = "V20260103120000_2__contract_Post_status.sql";
  static final String ADD_SUMMARY_AND_TAG = "V20260201120000_1__add_Post_summary_and_create_Tag.sql";

  @TempDir Path migrations;

  @Test
  void firstCompileWritesTheBaselineAndTheSnapshot() {
    Compilation compilation = Compile.into(migrations).at(R1).release("r1");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(files(migrations).keySet()).containsExactly("schema.json", "sqlite/" + BASELINE);
    assertMigration(compilation, BASELINE);
    assertGolden(classOutput(compilation, "db/accordion/sqlite/index.list"), "expected/index/r1.list");
    assertGolden(read(migrations.resolve("schema.json")), "expected/schema/r1.json");
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  @Test
  void expandWithValueMapRebuildsPostAndGeneratesPostAccessors() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();

    Compilation compilation = Compile.into(migrations).at(R2).release("r2");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(files(migrations).keySet())
        .containsExactly("schema.json", "sqlite/" + BASELINE, "sqlite/" + EXPAND_STATUS);
    assertMigration(compilation, EXPAND_STATUS);
    // published was NOT NULL: SQLite cannot relax it with ALTER TABLE, so the expand rebuilds.
    assertThat(text("expected/sqlite/" + EXPAND_STATUS))
        .contains("-- accordion:ddl foreign-keys=off\nCREATE TABLE IF NOT EXISTS \"accordion_sync_pause\""
            + " (\"transition\" TEXT PRIMARY KEY);\nCREATE TABLE \"Post__accordion_rebuild\"");
    assertGolden(classOutput(compilation, "db/accordion/sqlite/" + BASELINE), "expected/sqlite/" + BASELINE);
    assertGolden(classOutput(compilation, "db/accordion/sqlite/index.list"), "expected/index/r2.list");
    assertGolden(read(migrations.resolve("schema.json")), "expected/schema/r2.json");
    assertGolden(generatedSource(compilation, "dev.accordion.sample.PostAccessors"), "expected/accessors/PostAccessors.java");
    assertThat(compilation)
        .generatedSourceFile("dev.accordion.sample.PostAccessors")
        .hasSourceEquivalentTo(
            JavaFileObjects.forResource("expected/accessors/PostAccessors.java"));
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
  }

  @Test
  void expandCopyAndContractInOneRelease() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();
    assertThat(Compile.into(migrations).at(R2).release("r2")).succeeded();

    Compilation compilation = Compile.into(migrations).at(R3).release("r3");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(files(migrations).keySet())
        .containsExactly(
            "schema.json",
            "sqlite/" + BASELINE,
            "sqlite/" + EXPAND_STATUS,
            "sqlite/" + EXPAND_BIOGRAPHY,
            "sqlite/" + CONTRACT_STATUS);
    assertMigration(compilation, EXPAND_BIOGRAPHY);
    assertMigration(compilation, CONTRACT_STATUS);
    // bio was nullable: a plain ADD COLUMN; status becomes NOT NULL: the contract rebuilds.
    assertThat(text("expected/sqlite/" + EXPAND_BIOGRAPHY))
        .contains("-- accordion:ddl\nCREATE TABLE IF NOT EXISTS \"accordion_sync_pause\" (\"transition\" TEXT"
            + " PRIMARY KEY);\nALTER TABLE \"Profile\" ADD COLUMN \"biography\" varchar(255);");
    assertThat(text("expected/sqlite/" + CONTRACT_STATUS))
        .contains("\"status\" varchar(255) NOT NULL,");
    for (String earlier : List.of(BASELINE, EXPAND_STATUS)) {
      assertGolden(classOutput(compilation, "db/accordion/sqlite/" + earlier), "expected/sqlite/" + earlier);
    }
    assertGolden(classOutput(compilation, "db/accordion/sqlite/index.list"), "expected/index/r3.list");
    assertGolden(read(migrations.resolve("schema.json")), "expected/schema/r3.json");
    assertGolden(generatedSource(compilation, "dev.accordion.sample.ProfileAccessors"), "expected/accessors/ProfileAccessors.java");
    assertThat(compilation)
        .generatedSourceFile("dev.accordion.sample.ProfileAccessors")
        .hasSourceEquivalentTo(
            JavaFileObjects.forResource("expected/accessors/ProfileAccessors.java"));
    // Post.status is contracted: no transition of Post is in flight, so no PostAccessors.
    assertThat(compilation.generatedSourceFile("dev.accordion.sample.PostAccessors")).isEmpty();
    assertThat(compilation.generatedSourceFiles()).hasSize(1);
  }

  @Test
  void newTableAndNewNullableColumnInALaterRelease() {
    assertThat(Compile.into(migrations).at(R1).release("r1")).succeeded();

    Compilation compilation = Compile.into(migrations).at(SCHEMA_CHANGE).release("schema-change");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(files(migrations).keySet())
        .containsExactly("schema.json", "sqlite/" + BASELINE, "sqlite/" + ADD_SUMMARY_AND_TAG);
    assertMigration(compilation, ADD_SUMMARY_AND_TAG);
    assertGolden(classOutput(compilation, "db/accordion/sqlite/index.list"), "expected/index/schema-change.list");
    assertGolden(read(migrations.resolve("schema.json")), "expected/schema/schema-change.json");
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  /** The file in the source tree and its copy in CLASS_OUTPUT both equal the golden file. */
  private void assertMigration(Compilation compilation, String name) {
    assertGolden(read(migrations.resolve("sqlite").resolve(name)), "expected/sqlite/" + name);
    String golden = text("expected/sqlite/" + name);
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "db/accordion/sqlite/" + name)
        .contentsAsUtf8String()
        .isEqualTo(golden);
  }
}
