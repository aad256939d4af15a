package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
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

  private Compilation compile(String timestamp, String... sources) {
    List<JavaFileObject> files = new java.util.ArrayList<>();
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?(?:class|enum) (\\w+).*", "$1");
      files.add(JavaFileObjects.forSourceString("dev.accordion.sample." + name,
          "package dev.accordion.sample;\nimport dev.accordion.*;\nimport jakarta.persistence.*;\n"
              + source));
    }
    return Compiler.javac()
        .withProcessors(new AccordionProcessor())
        .withOptions("-Aaccordion.migrations=" + dir.resolve("migrations"),
            "-Aaccordion.timestamp=" + timestamp)
        .compile(files);
  }

  private String migration(String file) {
    return Resources.read(dir.resolve("migrations/sqlite").resolve(file));
  }

  @Test
  void anAcknowledgedWarningIsSilentAndItsReasonIsInTheHeader() {
    assertThat(compile("20260101120000",
        "@Entity class Task { @Id Long id; @Enumerated(EnumType.STRING) Stage stage; }",
        "enum Stage { Open, Unknown }")).succeededWithoutWarnings();

    Compilation next = compile("20260201120000",
        "@Entity class Task { @Id Long id;\n"
            + "  @Acknowledged(value = \"ACC507\", reason = \"release 12 stopped writing it;\\n"
            + "rows moved on 2026-11-28\")\n"
            + "  @Enumerated(EnumType.STRING) Stage stage; }",
        "enum Stage { Open }");

    assertThat(next).succeededWithoutWarnings();
    assertThat(migration("V20260201120000_1__remove_Task_stage_Unknown.sql")).contains(
        "-- Acknowledged (ACC507) at Task.stage: release 12 stopped writing it; rows moved on"
            + " 2026-11-28\n");
  }

  @Test
  void aReservedNameWarnsUnlessAcknowledged() {
    Compilation warned = compile("20260101120000",
        "@Entity class Task { @Id Long id; String order; }");
    assertThat(warned).succeeded();
    assertThat(warned).hadWarningCount(1);
    assertThat(warned).hadWarningContaining("[ACC603] Column name 'order' is a reserved word")
        .inFile(warned.sourceFiles().get(0)).onLine(4);

    Compilation acknowledged = compile("20260102120000",
        "@Acknowledged(value = \"ACC603\", reason = \"we set hibernate.auto_quote_keyword\")\n"
            + "@Entity class Task { @Id Long id; String order; String group; }");
    assertThat(acknowledged).succeededWithoutWarnings();
    // "group" is new: its migration's header carries the reason (both warnings were on Task).
    String added = migration("V20260102120000_1__add_Task_group.sql");
    assertThat(added).contains(
        "-- Acknowledged (ACC603) at Task.group: we set hibernate.auto_quote_keyword\n");
  }

  @Test
  void anErrorCannotBeAcknowledged() {
    Compilation compilation = compile("20260101120000",
        "@Entity class Task { @Id Long id;\n"
            + "  @Acknowledged(value = \"ACC101\", reason = \"trust me\") Object payload; }");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[ACC101]");
    assertThat(compilation).hadErrorContaining("@Acknowledged does not apply to errors");
  }
}
