package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.assertGolden;
import static dev.accordion.processor.Resources.assertUnchanged;
import static dev.accordion.processor.Resources.files;
import static dev.accordion.processor.Resources.lineOf;
import static dev.accordion.processor.Resources.source;
import static dev.accordion.processor.Resources.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.accordion.Accordion;
import dev.accordion.AccordionException;
import dev.accordion.StatusReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Enum changes on a mapped column. Constants added to a STRING enum or appended to an ORDINAL
 * one need no SQL; a removed constant gets a migration whose only statement is a guard
 * counting the rows that still hold it (golden files per dialect), refused with that count
 * until they are moved. A reordered ORDINAL enum is an error (DiagnosticsTest, ACC508).
 */
class EnumChangeTest {

  private static final String FILE = "V20260201120000_1__remove_Task_stage_Unknown.sql";
  private static final String ORDINAL_FILE = "V20260201120000_2__remove_Task_priority_High.sql";

  @TempDir Path dir;

  @Test
  void aRemovedConstantIsAGuardedContractAndAddedOnesNeedNothing() throws Exception {
    Path migrations = dir.resolve("migrations");
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").release("enum")).succeededWithoutWarnings();

    Compilation next = compile.at("20260201120000").release("enum-next");

    assertThat(next).succeeded();
    assertThat(next).hadWarningCount(1);
    assertThat(next)
        .hadWarningContaining("[ACC507] Field 'stage' no longer has Unknown")
        .inFile(source("releases/enum-next/Task.java"))
        .onLine(lineOf("releases/enum-next/Task.java", "// ACC507"));
    for (String dialect : List.of("sqlite", "postgresql", "mysql")) {
      assertGolden(Resources.read(migrations.resolve(dialect).resolve(FILE)), "expected/enum/" + dialect + "/" + FILE);
    }
    // Only the removal: Archived and Urgent (appended) need no SQL.
    assertThat(files(migrations.resolve("sqlite")).keySet())
        .containsExactly("V20260101120000_1__baseline.sql", FILE);

    Map<String, byte[]> written = files(migrations);
    assertThat(compile.at("20260301120000").release("enum-next")).succeeded();
    assertUnchanged(migrations, written);
  }

  @Test
  void theRemovalIsRefusedWithTheCountUntilTheRowsAreMoved() throws Exception {
    Path migrations = dir.resolve("migrations");
    Compile compile = Compile.into(migrations).allDialects();
    SQLiteDataSource db = new SQLiteDataSource();
    db.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
    assertThat(compile.at("20260101120000").release("enum")).succeeded();
    Accordion.builder().dataSource(db).directory(migrations).build().migrate();
    try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("INSERT INTO Task (label, stage, priority) VALUES"
          + " ('a', 'Unknown', 0), ('b', 'Open', 1), ('c', 'Unknown', 2)");
    }
    assertThat(compile.at("20260201120000").release("enum-next")).succeeded();

    AccordionException refused = assertThrows(AccordionException.class,
        () -> Accordion.builder().dataSource(db).directory(migrations).build().migrate());
    assertThat(refused).hasMessageThat().contains(FILE + " was not applied: its guard found 2 rows");
    assertThat(refused).hasMessageThat().contains("\"stage\" IN ('Unknown')");

    try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("UPDATE Task SET stage = 'Open' WHERE stage = 'Unknown'");
    }
    StatusReport applied = Accordion.builder().dataSource(db).directory(migrations).build().migrate();
    assertEquals(1, applied.appliedByThisCall().size(), applied.render());
    try (Connection connection = db.getConnection(); Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM Task WHERE stage = 'Open'")) {
      rows.next();
      assertEquals(3, rows.getInt(1), "no row was lost or changed by the migration");
    }
  }

  @Test
  void removingTrailingOrdinalConstantsGuardsTheirPositions() throws Exception {
    Path migrations = dir.resolve("migrations");
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").release("enum")).succeeded();
    JavaFileObject withoutHigh = com.google.testing.compile.JavaFileObjects.forSourceString(
        "dev.accordion.tasks.Task",
        text("releases/enum-next/Task.java")
            .replace("enum Priority { Low, Medium, High, Urgent }", "enum Priority { Low, Medium }"));

    Compilation next = compile.at("20260201120000").entities(List.of(withoutHigh));

    assertThat(next).hadWarningContaining("[ACC507] Field 'priority' no longer has High");
    assertThat(Resources.read(migrations.resolve("postgresql").resolve(ORDINAL_FILE)))
        .contains("\n-- accordion:guard\nSELECT COUNT(*) FROM \"task\" WHERE \"priority\" >= 2;\n");
  }
}
