package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities whose keys come from one named sequence: the first table created creates it, in the
 * baseline or in a later release; a table added later draws from the sequence already there.
 */
class SharedSequenceTest {

  @TempDir Path migrations;

  private static JavaFileObject entity(String name) {
    return JavaFileObjects.forSourceLines("lib." + name,
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class " + name + " {",
        "  @Id @GeneratedValue(generator = \"ids\")",
        "  @SequenceGenerator(name = \"ids\", sequenceName = \"shared_ids\", allocationSize = 20)",
        "  private Long id;",
        "}");
  }

  @Test
  void theFirstTableCreatesTheSequenceAndALaterOneDrawsFromIt() throws IOException {
    assertThat(Compile.into(migrations).at("20260101120000").allDialects()
        .entities(List.of(entity("Customer"), entity("Supplier")))).succeeded();
    String baseline = read("postgresql", "V20260101120000_1__baseline.sql");
    assertThat(occurrences(baseline, "CREATE SEQUENCE \"shared_ids\" START WITH 1 INCREMENT BY 20;"))
        .isEqualTo(1);
    String sqlite = read("sqlite", "V20260101120000_1__baseline.sql");
    assertThat(occurrences(sqlite, "CREATE TABLE \"shared_ids\"")).isEqualTo(1);
    assertThat(occurrences(sqlite, "INSERT INTO \"shared_ids\"")).isEqualTo(1);

    assertThat(Compile.into(migrations).at("20260102120000").allDialects()
        .entities(List.of(entity("Customer"), entity("Supplier"), entity("Vendor")))).succeeded();
    for (String dialect : List.of("postgresql", "mysql", "sqlite")) {
      String added = read(dialect, "V20260102120000_1__create_Vendor.sql");
      assertThat(added).contains("CREATE TABLE");
      assertThat(added).doesNotContain("shared_ids");
    }
  }

  private String read(String dialect, String file) throws IOException {
    return Files.readString(migrations.resolve(dialect).resolve(file));
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
