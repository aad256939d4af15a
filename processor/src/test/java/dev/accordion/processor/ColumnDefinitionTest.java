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

  private static JavaFileObject note(String... fields) {
    return JavaFileObjects.forSourceLines("lib.Note", Stream.concat(Stream.of(
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "@Entity public class Note {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;"),
        Stream.concat(Stream.of(fields), Stream.of("}"))).toList());
  }

  private Compilation compileNote(String timestamp, String... fields) {
    return Compile.into(migrations).at(timestamp).allDialects().entities(List.of(note(fields)));
  }

  private void assertNoNewMigration() throws IOException {
    try (Stream<Path> files = Files.list(migrations.resolve("postgresql"))) {
      assertThat(files.toList()).hasSize(1);
    }
  }

  /**
   * A definition that spells the type the column has changes nothing; a primitive's column,
   * created NOT NULL before it had a definition, stays so (no ACC505 for a relaxed column).
   */
  @Test
  void aDefinitionSpellingTheTypeInUseChangesNothing() throws IOException {
    assertThat(compileNote("20260101120000", "  private int rating;")).succeeded();
    String snapshot = sql("schema.json");

    Compilation spelled = compileNote("20260102120000",
        "  @Column(columnDefinition = \"integer\") private int rating;");

    assertThat(spelled).succeededWithoutWarnings();
    assertThat(sql("schema.json")).isEqualTo(snapshot);
    assertNoNewMigration();
  }

  /** Hibernate ignores a length beside a definition, and so does Accordion: no ALTER. */
  @Test
  void aSizeBesideAnUnchangedDefinitionChangesNothing() throws IOException {
    String was = "  @Column(columnDefinition = \"varchar(40) default 'n/a'\", length = 20)"
        + " private String title;";
    assertThat(compileNote("20260101120000", was)).succeeded();

    Compilation resized = compileNote("20260102120000", was.replace("20)", "60)"));

    assertThat(resized).succeededWithoutWarnings();
    assertNoNewMigration();
  }

  /** NOT NULL in the definition, without a default, is NOT NULL for a table with rows too. */
  @Test
  void aNotNullDefinitionAddedToATableInUseIsRefused() throws IOException {
    assertThat(compileNote("20260101120000")).succeeded();

    Compilation added = compileNote("20260102120000",
        "  @Column(columnDefinition = \"integer not null\") private Integer rating;");

    assertThat(added).hadErrorContaining("[ACC504] New column Note.rating is NOT NULL");
    assertNoNewMigration();
  }

  @Test
  void aRenamedColumnKeepsItsDefinition() throws IOException {
    assertThat(compileNote("20260101120000", "  private String note;")).succeeded();

    Compilation renamed = compileNote("20260102120000",
        "  @RenamedFrom(value = \"note\", acknowledged = \"no reader left\")",
        "  @Column(columnDefinition = \"text\") private String remark;");

    assertThat(renamed).hadWarningContaining("[ACC119] Field 'remark' declares column"
        + " Note.note as text (VARCHAR(255)), which the database has as VARCHAR(255)");
    assertThat(sql("schema.json")).doesNotContain("\"definition\"");
  }

  /**
   * A join column takes a definition the key it points at applies, not an identity key's, which
   * is not applied (ACC117); its own @JoinColumn(columnDefinition) wins; an element collection's
   * value column takes its @Column's.
   */
  @Test
  void joinAndElementColumnsTakeTheDefinitionsHibernateGivesThem() throws IOException {
    JavaFileObject setting = JavaFileObjects.forSourceLines("lib.Setting",
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class Setting {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)",
        "  @Column(columnDefinition = \"int unsigned\") private Long id;",
        "  @ElementCollection @Column(columnDefinition = \"varchar(12)\")",
        "  private java.util.Set<String> tags;",
        "}");
    Compilation compilation = Compile.into(migrations).at("20260101120000").allDialects()
        .entities(List.of(setting, article(""), note(
            "  @ManyToOne private Setting setting;",
            "  @ManyToOne @JoinColumn(columnDefinition = \"char(36)\") private Article article;")));

    assertThat(compilation).succeeded();
    String mysql = sql("mysql/V20260101120000_1__baseline.sql");
    assertThat(mysql).contains("  `setting_id` bigint,\n");
    assertThat(mysql).contains("  `article_id` char(36),\n");
    assertThat(mysql).contains("  `tags` varchar(12)\n");
  }

  /**
   * An expand relaxes its old column and adds its new one nullable, which NOT NULL in either's
   * definition would undo on every database that declares the column again.
   */
  @Test
  void anExpandIsRefusedWhereADefinitionSaysNotNull() throws IOException {
    assertThat(compileNote("20260101120000",
        "  @Column(columnDefinition = \"varchar(40) not null\") private String title;")).succeeded();

    Compilation fromNotNull = compileNote("20260102120000",
        "  @Column(columnDefinition = \"varchar(40) not null\") private String title;",
        "  @Expand(from = \"title\") private String heading;");
    Compilation intoNotNull = compileNote("20260102120000",
        "  @Column(columnDefinition = \"varchar(40) not null\") private String title;",
        "  @Expand(from = \"title\") @Column(columnDefinition = \"varchar(40) not null\")",
        "  private String heading;");

    assertThat(fromNotNull).hadErrorContaining("[ACC305] Old field 'title' must be nullable"
        + " during the expand");
    assertThat(intoNotNull).hadErrorContaining("[ACC504] New column Note.heading is NOT NULL");
    assertNoNewMigration();
  }
}
