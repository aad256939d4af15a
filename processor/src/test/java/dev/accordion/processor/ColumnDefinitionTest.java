package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Column(columnDefinition)} is the column's SQL on every database, as Hibernate declares
 * it: a join column to such a key takes it too. A column in use keeps the definition it has
 * (ACC119). That the schema is Hibernate's on the databases is the conformance model
 * column_definitions'.
 */
class ColumnDefinitionTest {

  @TempDir Path migrations;

  private static JavaFileObject article(String body) {
    return JavaFileObjects.forSourceLines("lib.Article",
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class Article {",
        "  @Id @Column(columnDefinition = \"varchar(36)\") private String id;",
        body,
        "  @Column(columnDefinition = \"integer\") private int rating;",
        "}");
  }

  private static final JavaFileObject REMARK = JavaFileObjects.forSourceLines("lib.Remark",
      "package lib;",
      "import jakarta.persistence.*;",
      "@Entity public class Remark {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
      "  @ManyToOne private Article article;",
      "}");

  private Compilation compile(String timestamp, JavaFileObject article) {
    return Compile.into(migrations).at(timestamp).allDialects()
        .entities(List.of(article, REMARK));
  }

  private String sql(String file) throws IOException {
    return Files.readString(migrations.resolve(file));
  }

  @Test
  void theDefinitionIsTheColumnsSqlAndItsJoinColumns() throws IOException {
    String body = "  @Column(columnDefinition = \"TEXT\", nullable = false) private String body;";
    assertThat(compile("20260101120000", article(body))).succeededWithoutWarnings();

    String mysql = sql("mysql/V20260101120000_1__baseline.sql");
    assertThat(mysql).contains("  `id` varchar(36) NOT NULL,\n  `body` TEXT NOT NULL,\n"
        + "  `rating` integer,\n");
    assertThat(mysql).contains("  `article_id` varchar(36),\n");
    assertThat(sql("sqlite/V20260101120000_1__baseline.sql")).contains("  \"body\" TEXT NOT NULL,");
    assertThat(sql("schema.json")).contains("\"definition\" : \"TEXT\"");

    assertThat(compile("20260102120000", article(body))).succeededWithoutWarnings();
    try (Stream<Path> files = Files.list(migrations.resolve("mysql"))) {
      assertThat(files.toList()).hasSize(1);
    }
  }

  /** Even a wider integer: the definition is the user's SQL, which would not change with it. */
  @Test
  void aDefinedColumnsTypeDoesNotChangeInPlace() throws IOException {
    assertThat(compile("20260101120000", article(""))).succeeded();
    String snapshot = sql("schema.json");

    Compilation widened = compile("20260102120000", JavaFileObjects.forSourceLines("lib.Article",
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class Article {",
        "  @Id @Column(columnDefinition = \"varchar(36)\") private String id;",
        "  @Column(columnDefinition = \"integer\") private long rating;",
        "}"));

    assertThat(widened).hadErrorContaining("[ACC503] Field 'rating' changes column"
        + " Article.rating from integer (INTEGER) to integer (BIGINT) in place");
    assertThat(sql("schema.json")).isEqualTo(snapshot);
  }

  @Test
  void aColumnInUseKeepsItsDefinition() throws IOException {
    assertThat(compile("20260101120000", article("  private String body;"))).succeeded();
    String snapshot = sql("schema.json");

    Compilation changed = compile("20260102120000",
        article("  @Column(columnDefinition = \"TEXT\") private String body;"));

    assertThat(changed).succeeded();
    assertThat(changed).hadWarningContaining("[ACC119] Field 'body' declares column Article.body"
        + " as TEXT (VARCHAR(255)), which the database has as VARCHAR(255): Accordion does not change the"
        + " definition of a column in use, which keeps the one it has.");
    assertThat(changed).hadWarningCount(1);
    assertThat(sql("schema.json")).isEqualTo(snapshot);
    try (Stream<Path> files = Files.list(migrations.resolve("postgresql"))) {
      assertThat(files.toList()).hasSize(1);
    }
  }
}
