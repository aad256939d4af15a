package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A type changed where it stands is planned only when every generated dialect makes the change
 * without rewriting the table: a longer VARCHAR everywhere (within MariaDB's length-prefix size),
 * a wider integer only on SQLite. Anything else is ACC503, naming the databases that would
 * rewrite. (The lifecycle test runs a longer VARCHAR on all three databases.)
 */
class TypeChangeInPlaceTest {

  @TempDir Path migrations;

  /** Task, with its note's length and its count's type. */
  private static JavaFileObject task(String noteLength, String count) {
    return JavaFileObjects.forSourceLines(
        "dev.accordion.tasks.Task",
        "package dev.accordion.tasks;",
        "",
        "import jakarta.persistence.*;",
        "",
        "@Entity",
        "public class Task {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(length = " + noteLength + ") String note;",
        "  " + count + " count;",
        "}");
  }

  @Test
  void aWiderIntegerIsRefusedWhereAServerWouldRewriteTheTable() {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").entities(task("255", "Integer"))).succeeded();

    Compilation next = compile.at("20260201120000").entities(task("1000", "Long"));

    assertThat(next).hadErrorContaining(
        "[ACC503] Field 'count' changes column Task.count from INTEGER to BIGINT in place, which"
            + " rewrites the table on mysql, postgresql");
    assertThat(next).hadErrorCount(1);
  }

  @Test
  void aLongerVarcharIsChangedInPlaceOnEveryDialect() throws Exception {
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").entities(task("255", "Integer"))).succeeded();

    assertThat(compile.at("20260201120000").entities(task("1000", "Integer")))
        .succeededWithoutWarnings();

    String file = "V20260201120000_1__widen_Task_note.sql";
    assertThat(Files.readString(migrations.resolve("postgresql").resolve(file)))
        .endsWith("-- accordion:ddl\nALTER TABLE \"task\" ALTER COLUMN \"note\" TYPE varchar(1000);\n");
    assertThat(Files.readString(migrations.resolve("mysql").resolve(file)))
        .endsWith("ALTER TABLE `Task` MODIFY COLUMN `note` varchar(1000), ALGORITHM=INSTANT;\n");
    assertThat(Files.readString(migrations.resolve("sqlite").resolve(file)))
        .doesNotContain("accordion:ddl");
  }

  @Test
  void aLengthPrefixThatWouldGrowIsRefusedForMariaDb() {
    Compile compile = Compile.into(migrations).dialects("postgresql,mysql");
    assertThat(compile.at("20260101120000").entities(task("50", "Integer"))).succeeded();

    // 50 characters fit a one-byte length prefix at 4 bytes each; 100 need two: a table copy.
    Compilation next = compile.at("20260201120000").entities(task("100", "Integer"));

    assertThat(next).hadErrorContaining("from VARCHAR(50) to VARCHAR(100) in place, which rewrites"
        + " the table on mysql");
  }

  @Test
  void aWiderIntegerNeedsNothingWhereOnlySqliteIsGenerated() throws Exception {
    Compile compile = Compile.into(migrations).dialects("sqlite");
    assertThat(compile.at("20260101120000").entities(task("255", "Integer"))).succeeded();

    assertThat(compile.at("20260201120000").entities(task("255", "Long"))).succeededWithoutWarnings();

    assertThat(Files.readString(migrations.resolve("sqlite/V20260201120000_1__widen_Task_count.sql")))
        .contains("Changes Task.count from INTEGER to BIGINT in place, without rewriting the table"
            + " (SQLite stores both alike: no statement).");
    assertThat(Files.readString(migrations.resolve("schema.json"))).contains("\"kind\" : \"BIGINT\"");
  }

  @Test
  void aCopyBetweenTwoJavaTypesOfOneColumnKindIsRefused() {
    JavaFileObject r1 = JavaFileObjects.forSourceLines("dev.accordion.tasks.Task",
        "package dev.accordion.tasks;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Task {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  java.time.LocalDateTime due;",
        "}");
    JavaFileObject r2 = JavaFileObjects.forSourceLines("dev.accordion.tasks.Task",
        "package dev.accordion.tasks;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Task {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  java.time.LocalDateTime due;",
        "  @dev.accordion.Expand(from = \"due\") java.time.Instant dueAt;",
        "}");
    assertThat(Compile.into(migrations).at("20260101120000").entities(r1)).succeeded();

    // Both are timestamps to the database, but a copy cannot turn one Java type into the other.
    Compilation next = Compile.into(migrations).at("20260201120000").entities(r2);

    assertThat(next).hadErrorContaining("[ACC309] @Expand on 'dueAt' copies from 'due'");
  }
}
