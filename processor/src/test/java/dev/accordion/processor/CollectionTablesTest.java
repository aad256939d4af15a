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
 * A collection kept in a table of its own (a join table, a collection table) over releases: one
 * added to an existing entity is a new table with its foreign keys; one whose primary key would
 * change (ACC514), one whose name another mapping takes (ACC118) and one an Accordion annotation
 * would change (ACC101) are refused. What the tables look like is the conformance corpus's.
 */
class CollectionTablesTest {

  @TempDir Path migrations;

  private static JavaFileObject tag() {
    return JavaFileObjects.forSourceLines("dev.accordion.shop.Tag",
        "package dev.accordion.shop;",
        "import jakarta.persistence.*;",
        "@Entity public class Tag {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "  private String label;",
        "}");
  }

  private static JavaFileObject author(String... collectionLines) {
    return JavaFileObjects.forSourceLines("dev.accordion.shop.Author", Stream.concat(Stream.of(
        "package dev.accordion.shop;",
        "import jakarta.persistence.*;",
        "import java.util.*;",
        "@Entity public class Author {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "  private String name;"), Stream.concat(Stream.of(collectionLines), Stream.of("}")))
        .toList());
  }

  private Compilation compile(String timestamp, JavaFileObject... sources) {
    return Compile.into(migrations).at(timestamp).allDialects().entities(List.of(sources));
  }

  private String migration(String dialect, String timestamp) throws IOException {
    try (Stream<Path> files = Files.list(migrations.resolve(dialect))) {
      return Files.readString(files
          .filter(f -> f.getFileName().toString().startsWith("V" + timestamp))
          .findFirst().orElseThrow());
    }
  }

  @Test
  void aManyToManyAddedToAnExistingEntityCreatesItsJoinTableWithForeignKeys() throws IOException {
    assertThat(compile("20260101120000", author(), tag())).succeeded();

    assertThat(compile("20260102120000",
        author("  @ManyToMany private Set<Tag> tags;"), tag())).succeededWithoutWarnings();

    String postgres = migration("postgresql", "20260102120000");
    // PostgreSQL folds the names Hibernate leaves unquoted, so Accordion writes them folded.
    assertThat(postgres).contains("CREATE TABLE \"author_tag\" (\n"
        + "  \"author_id\" bigint NOT NULL,\n"
        + "  \"tags_id\" bigint NOT NULL,\n"
        + "  PRIMARY KEY (\"author_id\", \"tags_id\")\n);");
    assertThat(postgres).contains("ALTER TABLE \"author_tag\" ADD CONSTRAINT"
        + " \"author_tag_author_id_fkey\" FOREIGN KEY (\"author_id\") REFERENCES \"author\""
        + " (\"id\");");
    assertThat(postgres).contains("ALTER TABLE \"author_tag\" ADD CONSTRAINT"
        + " \"author_tag_tags_id_fkey\" FOREIGN KEY (\"tags_id\") REFERENCES \"tag\" (\"id\");");
    assertThat(migration("sqlite", "20260102120000"))
        .contains("\"tags_id\" bigint NOT NULL REFERENCES \"Tag\" (\"id\")");
  }

  @Test
  void aCollectionTableWhosePrimaryKeyWouldChangeIsRefused() {
    assertThat(compile("20260101120000",
        author("  @ElementCollection private List<String> nicknames;"))).succeeded();

    Compilation set = compile("20260102120000", author(
        "  @ElementCollection @Column(nullable = false) private Set<String> nicknames;"));

    assertThat(set).hadErrorContaining("[ACC514] The primary key of table Author_nicknames would"
        + " change from [] to [Author_id, nicknames]");
  }

  @Test
  void aJoinTableNamedLikeAnEntitysTableIsRefused() {
    Compilation clash = compile("20260101120000",
        author("  @ManyToMany @JoinTable(name = \"Tag\") private Set<Tag> tags;"), tag());

    assertThat(clash).hadErrorContaining(
        "[ACC118] Table Tag is mapped by entity Tag and by entity Author (field tags).");
  }

  @Test
  void anAccordionAnnotationOnACollectionIsRefused() {
    Compilation renamed = compile("20260101120000", author(
        "  @dev.accordion.RenamedFrom(\"labels\") @ManyToMany private Set<Tag> tags;"), tag());

    assertThat(renamed).hadErrorContaining("[ACC101] Field 'tags'");
  }
}
