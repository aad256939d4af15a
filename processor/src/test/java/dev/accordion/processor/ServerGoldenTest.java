package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertGolden;
import static dev.accordion.processor.Resources.classOutput;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.read;
import static dev.accordion.processor.Resources.release;
import static dev.accordion.processor.Resources.source;
import static dev.accordion.processor.Resources.text;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds' releases, the converter and the index changes compiled for all three dialects at
 * once, against golden files in {@code expected/postgresql/} and {@code expected/mysql/}. The
 * SQLite files of the same compile are the SQLite goldens, byte for byte.
 */
class ServerGoldenTest {

  static final List<String> SERVERS = List.of("postgresql", "mysql");
  static final List<String> SEED_MIGRATIONS = List.of(
      GoldenReleasesTest.BASELINE,
      GoldenReleasesTest.EXPAND_STATUS,
      GoldenReleasesTest.EXPAND_BIOGRAPHY,
      GoldenReleasesTest.CONTRACT_STATUS);
  static final String CONVERTER_EXPAND = "V20260202120000_1__expand_Product_priceEuros.sql";
  static final String ADD_SLUG_AND_INDEX = "V20260201120000_1__add_Post_slug_and_index_Post_title_idx.sql";
  static final String DROP_INDEX = "V20260301120000_1__drop_index_Post_title_idx.sql";

  @TempDir Path migrations;

  /** Release 1 to 3 of the seeds, in {@code migrations}. */
  static Compilation compileSeedReleases(Path migrations) {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at(GoldenReleasesTest.R1).release("r1")).succeededWithoutWarnings();
    assertThat(compile.at(GoldenReleasesTest.R2).release("r2")).succeededWithoutWarnings();
    Compilation r3 = compile.at(GoldenReleasesTest.R3).release("r3");
    assertThat(r3).succeededWithoutWarnings();
    return r3;
  }

  @Test
  void seedReleasesOnEveryDialect() {
    Compilation r3 = compileSeedReleases(migrations);

    List<String> expectedFiles = new ArrayList<>(List.of("schema.json"));
    for (String dialect : List.of("sqlite", "postgresql", "mysql")) {
      for (String name : SEED_MIGRATIONS) {
        expectedFiles.add(dialect + "/" + name);
        assertGolden(read(migrations.resolve(dialect).resolve(name)), "expected/" + dialect + "/" + name);
      }
      // The index lists versions, kinds and transitions: the same for every dialect.
      assertGolden(classOutput(r3, "db/accordion/" + dialect + "/index.list"), "expected/index/r3.list");
    }
    assertThat(files(migrations).keySet()).containsExactlyElementsIn(expectedFiles);
    for (String server : SERVERS) {
      for (String name : List.of(GoldenReleasesTest.EXPAND_BIOGRAPHY, GoldenReleasesTest.CONTRACT_STATUS)) {
        assertThat(r3)
            .generatedFile(StandardLocation.CLASS_OUTPUT, "db/accordion/" + server + "/" + name)
            .contentsAsUtf8String()
            .isEqualTo(text("expected/" + server + "/" + name));
      }
    }
    assertGolden(read(migrations.resolve("schema.json")), "expected/schema/r3.json");
  }

  @Test
  void converterSqlIsOneTemplateForEveryDialect() {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260201120000").release("converter/r1")).succeeded();

    assertThat(compile.at("20260202120000").release("converter/r2"))
        .succeededWithoutWarnings();

    assertGolden(read(migrations.resolve("sqlite").resolve(CONVERTER_EXPAND)), "expected/converter/" + CONVERTER_EXPAND);
    for (String server : SERVERS) {
      assertGolden(read(migrations.resolve(server).resolve(CONVERTER_EXPAND)), "expected/" + server + "/" + CONVERTER_EXPAND);
    }
  }

  @Test
  void indexesOnATableInUseAreBuiltOnline() {
    Compile compile = Compile.into(migrations).allDialects();
    JavaFileObject profile = source("releases/r1/Profile.java");
    assertThat(compile.at("20260101120000").release("r1")).succeeded();
    List<JavaFileObject> indexChange = new ArrayList<>(release("index-change"));
    indexChange.add(profile);
    assertThat(compile.at("20260201120000").entities(indexChange)).succeededWithoutWarnings();
    List<JavaFileObject> withoutIndex = List.of(profile, JavaFileObjects.forSourceString(
        "dev.accordion.sample.Post",
        "package dev.accordion.sample;\nimport jakarta.persistence.*;\n@Entity class Post {\n"
            + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n"
            + "  @Column(nullable = false) String title;\n  String content;\n  boolean published;\n"
            + "  @Column(unique = true) String slug;\n}\n"));

    assertThat(compile.at("20260301120000").entities(withoutIndex)).succeededWithoutWarnings();

    for (String server : SERVERS) {
      for (String name : List.of(ADD_SLUG_AND_INDEX, DROP_INDEX)) {
        assertGolden(read(migrations.resolve(server).resolve(name)), "expected/" + server + "/" + name);
      }
    }
  }
}
