package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table renamed with zero downtime across its releases: the expand and the contract are each
 * generated once, recompiling any release writes nothing new, and the snapshot holds the
 * transition only while it is in flight. (The SQL per dialect is in the sample app's golden
 * files, and run against each database by its lifecycle test.)
 */
class TableRenameTest {

  @TempDir Path dir;

  @Test
  void eachStepIsGeneratedOnceAndRecompilingWritesNothing() {
    Path migrations = dir.resolve("migrations");
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").release("table-rename/r1")).succeededWithoutWarnings();

    assertThat(compile.at("20260201120000").release("table-rename/r2")).succeededWithoutWarnings();
    assertThat(Resources.read(migrations.resolve("schema.json")))
        .contains("\"oldTable\" : \"Profile\"");
    Map<String, byte[]> expanded = files(migrations);
    assertThat(compile.at("20260202120000").release("table-rename/r2")).succeededWithoutWarnings();
    assertUnchanged(migrations, expanded);

    assertThat(compile.at("20260301120000").release("table-rename/r3")).succeededWithoutWarnings();
    Map<String, byte[]> contracted = files(migrations);
    assertThat(compile.at("20260302120000").release("table-rename/r3")).succeededWithoutWarnings();
    assertUnchanged(migrations, contracted);
    assertThat(compile.at("20260401120000").release("table-rename/r4")).succeededWithoutWarnings();
    assertUnchanged(migrations, contracted);

    for (String dialect : List.of("sqlite", "postgresql", "mysql")) {
      assertThat(files(migrations.resolve(dialect)).keySet()).containsAtLeast(
          "V20260101120000_1__baseline.sql",
          "V20260201120000_1__expand_rename_Profile_to_Biography.sql",
          "V20260301120000_1__contract_rename_Profile_to_Biography.sql");
      assertThat(files(migrations.resolve(dialect)).keySet()).hasSize(3);
    }
    String snapshot = Resources.read(migrations.resolve("schema.json"));
    assertThat(snapshot).contains("\"name\" : \"Biography\"");
    assertThat(snapshot).doesNotContain("Profile\"");
  }
}
