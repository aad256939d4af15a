package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Acknowledged}: a warning acknowledged at its element is not printed, and its reason,
 * on one line, is in the header of the migration the compile writes for the entity's table; an
 * error cannot be acknowledged.
 */
class AcknowledgedTest {

  @TempDir Path dir;

  /**
   * Classes of package {@code dev.accordion.sample}, each importing {@code dev.accordion.*} and
   * {@code jakarta.persistence.*} (so its own text starts on line 4), in a file named after it.
   */
  private static List<JavaFileObject> classes(String... sources) {
    List<JavaFileObject> files = new java.util.ArrayList<>();
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?(?:class|enum) (\\w+).*", "$1");
      files.add(JavaFileObjects.forSourceString("dev.accordion.sample." + name,
          "package dev.accordion.sample;\nimport dev.accordion.*;\nimport jakarta.persistence.*;\n"
              + source));
    }
    return files;
  }

  private String migration(String file) {
    return Resources.read(dir.resolve("migrations/sqlite").resolve(file));
  }

  @Test
  void anAcknowledgedWarningIsSilentAndItsReasonIsInTheHeader() {
    Compile compile = Compile.into(dir.resolve("migrations"));
    assertThat(compile.at("20260101120000").entities(classes(
        "@Entity class Task { @Id Long id; @Enumerated(EnumType.STRING) Stage stage; }",
        "enum Stage { Open, Unknown }"))).succeededWithoutWarnings();

    Compilation next = compile.at("20260201120000").entities(classes(
        "@Entity class Task { @Id Long id;\n"
            + "  @Acknowledged(value = \"ACC507\", reason = \"release 12 stopped writing it;\\n"
            + "rows moved on 2026-11-28\")\n"
            + "  @Enumerated(EnumType.STRING) Stage stage; }",
        "enum Stage { Open }"));

    assertThat(next).succeededWithoutWarnings();
    assertThat(migration("V20260201120000_1__remove_Task_stage_Unknown.sql")).contains(
        "-- Acknowledged (ACC507) at Task.stage: release 12 stopped writing it; rows moved on"
            + " 2026-11-28\n");
  }

  @Test
  void aReservedNameWarnsUnlessAcknowledged() {
    Compile compile = Compile.into(dir.resolve("migrations"));
    Compilation warned = compile.at("20260101120000").entities(classes(
        "@Entity class Task { @Id Long id; String order; }"));
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningCount(1);
    assertThat(warned).hadWarningContaining("[ACC603] Column name 'order' is a reserved word")
        .inFile(warned.sourceFiles().get(0)).onLine(4);

    Compilation acknowledged = compile.at("20260102120000").entities(classes(
        "@Acknowledged(value = \"ACC603\", reason = \"we set hibernate.auto_quote_keyword\")\n"
            + "@Entity class Task { @Id Long id; String order; String group; }"));
    assertThat(acknowledged).succeededWithoutWarnings();
    // "group" is new: its migration's header carries the reason (both warnings were on Task).
    String added = migration("V20260102120000_1__add_Task_group.sql");
    assertThat(added).contains(
        "-- Acknowledged (ACC603) at Task.group: we set hibernate.auto_quote_keyword\n");
  }

  @Test
  void anErrorCannotBeAcknowledged() {
    Compilation compilation = Compile.into(dir.resolve("migrations")).at("20260101120000")
        .entities(classes("@Entity class Task { @Id Long id; String name;\n"
            + "  @Acknowledged(value = \"ACC101\", reason = \"trust me\")\n"
            + "  @Expand @RenamedFrom(\"name\") Object payload; }"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[ACC101]");
    assertThat(compilation).hadErrorContaining("@Acknowledged does not apply to errors");
  }
}
