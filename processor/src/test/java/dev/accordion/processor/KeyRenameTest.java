package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.accordion.processor.model.Schema;
import dev.accordion.processor.write.SnapshotStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column other tables' foreign keys point at, renamed: the primary key, or a unique column a
 * join column names with {@code referencedColumnName}. Renamed in place ({@code @RenamedFrom}
 * alone), each database takes the foreign keys along, and so does schema.json; an expand from
 * such a column is refused (ACC331), since its contract would drop a column they hold on to.
 * That the renamed schema is Hibernate's on the databases is KeyColumnRenameTest's
 * (conformance).
 */
class KeyRenameTest {

  @TempDir Path migrations;

  private static JavaFileObject author(String... fields) {
    return JavaFileObjects.forSourceLines("lib.Author", Stream.concat(Stream.of(
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "@Entity public class Author {"),
        Stream.concat(Stream.of(fields), Stream.of("}"))).toList());
  }

  private static JavaFileObject book(String... fields) {
    return JavaFileObjects.forSourceLines("lib.Book", Stream.concat(Stream.of(
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "@Entity public class Book {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;"),
        Stream.concat(Stream.of(fields), Stream.of("}"))).toList());
  }

  private static final String KEY =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;";
  private static final String KEY_RENAMED =
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)"
          + " @RenamedFrom(value = \"id\", acknowledged = \"no release reads it by name\")"
          + " @Column(name = \"author_key\") private Long id;";
  private static final String CODE = "  @Column(unique = true) private String code;";
  private static final String NAME = "  @Column(unique = true) private String name;";

  private static String signedBy(String column) {
    return "  @ManyToOne @JoinColumn(name = \"signed_by\", referencedColumnName = \"" + column
        + "\") private Author signedBy;";
  }

  private static final String AUTHOR_ID =
      "  @ManyToOne @JoinColumn(name = \"author_id\") private Author author;";

  private Compilation compile(String timestamp, JavaFileObject author, JavaFileObject book) {
    return Compile.into(migrations).at(timestamp).allDialects().entities(List.of(author, book));
  }

  @Test
  void aRenamedKeyTakesTheForeignKeysToItAlong() throws IOException {
    assertThat(compile("20260101120000", author(KEY, CODE), book(AUTHOR_ID))).succeeded();

    Compilation renamed = compile("20260102120000", author(KEY_RENAMED, CODE), book(AUTHOR_ID));

    assertThat(renamed).succeededWithoutWarnings();
    assertThat(Files.readString(migrations.resolve(
        "postgresql/V20260102120000_1__rename_Author_id_to_author_key.sql")))
        .contains("ALTER TABLE \"author\" RENAME COLUMN \"id\" TO \"author_key\";");
    assertThat(references()).containsExactly("Book.author_id", "Author.author_key");
    assertNothingNewOnRecompile(author(KEY_RENAMED, CODE), book(AUTHOR_ID));
  }

  @Test
  void aRenamedUniqueColumnTakesTheForeignKeysNamingItAlong() throws IOException {
    assertThat(compile("20260101120000", author(KEY, CODE), book(signedBy("code")))).succeeded();

    Compilation renamed = compile("20260102120000", author(KEY,
        "  @RenamedFrom(value = \"code\", acknowledged = \"no release reads it by name\")",
        "  @Column(unique = true) private String ref;"), book(signedBy("ref")));

    assertThat(renamed).succeededWithoutWarnings();
    assertThat(Files.readString(migrations.resolve(
        "mysql/V20260102120000_1__rename_Author_code_to_ref.sql")))
        .contains("ALTER TABLE `Author` RENAME COLUMN IF EXISTS `code` TO `ref`;");
    assertThat(references()).containsExactly("Book.signed_by", "Author.ref");
  }

  /** With no rename, a join column naming another column would move its foreign key in place. */
  @Test
  void aJoinColumnNamingAnotherExistingColumnIsRefused() {
    assertThat(compile("20260101120000", author(KEY, CODE, NAME), book(signedBy("code"))))
        .succeeded();

    Compilation moved = compile("20260102120000", author(KEY, CODE, NAME), book(signedBy("name")));

    assertThat(moved).hadErrorContaining("[ACC330] Field 'signedBy' keeps column"
        + " Book.signed_by, which has a foreign key to Author.code, but would give it a foreign"
        + " key to Author.name.");
    assertThat(Files.exists(migrations.resolve("sqlite/V20260102120000_1__baseline.sql")))
        .isFalse();
  }

  @Test
  void anExpandFromAColumnForeignKeysPointAtIsRefused() throws IOException {
    assertThat(compile("20260101120000", author(KEY, CODE), book(signedBy("code")))).succeeded();
    String snapshot = Files.readString(migrations.resolve("schema.json"));

    Compilation expand = compile("20260102120000", author(KEY, CODE,
        "  @Expand @RenamedFrom(\"code\") @Column(unique = true) private String ref;"),
        book(signedBy("code")));

    assertThat(expand).hadErrorContaining("[ACC331] @Expand on 'ref' takes over column"
        + " Author.code, which the foreign keys of Book.signed_by point at.");
    assertThat(expand).hadErrorCount(1);
    assertThat(Files.readString(migrations.resolve("schema.json"))).isEqualTo(snapshot);
  }

  @Test
  void anExpandFromTheKeyIsRefused() {
    assertThat(compile("20260101120000", author(KEY), book(AUTHOR_ID))).succeeded();

    Compilation expand = compile("20260102120000", author(KEY,
        "  @Expand(from = \"id\") private Long authorKey;"), book(AUTHOR_ID));

    assertThat(expand).hadErrorContaining("[ACC332] @Expand on 'authorKey' takes over column"
        + " Author.id, the table's primary key");
    assertThat(expand).hadErrorCount(1);
  }

  /** A join table's column pointing at the target: kept with inverseJoinColumns. */
  @Test
  void aJoinTablesTargetColumnKeepsItsNameWhenTheTargetsKeyIsRenamed() {
    JavaFileObject tag = JavaFileObjects.forSourceLines("lib.Tag", "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class Tag { @Id @GeneratedValue private Long id; }");
    JavaFileObject renamedTag = JavaFileObjects.forSourceLines("lib.Tag", "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "@Entity public class Tag { @Id @GeneratedValue",
        "  @RenamedFrom(value = \"id\", acknowledged = \"no release reads it by name\")",
        "  private Long tagKey; }");
    String tags = "  @ManyToMany private java.util.Set<Tag> tags;";
    Compile compile = Compile.into(migrations).at("20260101120000").allDialects();
    assertThat(compile.entities(List.of(author(KEY, tags), tag))).succeeded();

    Compilation renamed = Compile.into(migrations).at("20260102120000").allDialects()
        .entities(List.of(author(KEY, tags), renamedTag));

    assertThat(renamed).hadErrorContaining("[ACC515] Column Author_Tag.tags_id, which points at"
        + " Tag.id, would take another name in this compile");
    assertThat(renamed).hadErrorContaining("@JoinTable(inverseJoinColumns = @JoinColumn(name ="
        + " \"tags_id\"))");
  }

  /** While a transition on the table is in flight, its SQL finds rows by the key's name. */
  @Test
  void aKeyRenameWaitsForTheTransitionsInFlight() {
    assertThat(compile("20260101120000", author(KEY, CODE), book(AUTHOR_ID))).succeeded();
    assertThat(compile("20260102120000", author(KEY, "  private String code;",
        "  @Expand @RenamedFrom(\"code\") private String handle;"), book(AUTHOR_ID)))
        .succeeded();

    Compilation renamed = compile("20260103120000", author(KEY_RENAMED, "  private String code;",
        "  @Expand @RenamedFrom(\"code\") private String handle;"), book(AUTHOR_ID));

    assertThat(renamed).hadErrorContaining("[ACC207] @RenamedFrom(\"id\") on 'id' renames the"
        + " primary key of table Author while transition Author.handle is in flight");
  }

  /**
   * Hibernate names a default join column after the key it points at, so renaming the key
   * renames the join column too: the build says so at the join column's field, and a
   * {@code @RenamedFrom} there renames both in one release.
   */
  @Test
  void aDefaultJoinColumnIsRenamedWithTheKey() throws IOException {
    assertThat(compile("20260101120000", author(KEY), book(
        "  @ManyToOne private Author author;"))).succeeded();

    Compilation unsaid = compile("20260102120000", author(KEY_RENAMED), book(
        "  @ManyToOne private Author author;"));
    assertThat(unsaid).hadErrorContaining("[ACC501] Column Book.author_id is mapped by no field"
        + " any more");

    Compilation said = compile("20260102120000", author(KEY_RENAMED), book(
        "  @RenamedFrom(value = \"author_id\", acknowledged = \"no release reads it by name\")",
        "  @ManyToOne private Author author;"));
    assertThat(said).succeededWithoutWarnings();
    assertThat(references()).containsExactly("Book.author_author_key", "Author.author_key");
  }

  /**
   * A collection table's join column is named after the key too; Accordion does not rename it
   * yet, so the build says how to keep its name, and with that the rename goes through.
   */
  @Test
  void aCollectionTablesJoinColumnKeepsItsNameWhenTheKeyIsRenamed() throws IOException {
    String tags = "  @ElementCollection private java.util.Set<String> tags;";
    assertThat(compile("20260101120000", author(KEY, tags), book(AUTHOR_ID))).succeeded();

    Compilation unsaid = compile("20260102120000", author(KEY_RENAMED, tags), book(AUTHOR_ID));
    assertThat(unsaid).hadErrorContaining("[ACC515] Column Author_tags.Author_id, which points at"
        + " Author.id, would take another name in this compile");
    assertThat(unsaid).hadErrorContaining("keep the name on the field with"
        + " @CollectionTable(joinColumns = @JoinColumn(name = \"Author_id\"))");

    Compilation kept = compile("20260102120000", author(KEY_RENAMED,
        "  @ElementCollection @CollectionTable(joinColumns = @JoinColumn(name = \"Author_id\"))",
        "  private java.util.Set<String> tags;"), book(AUTHOR_ID));
    assertThat(kept).succeededWithoutWarnings();
    assertThat(references()).containsExactly("Author_tags.Author_id", "Author.author_key",
        "Book.author_id", "Author.author_key");
  }

  private void assertNothingNewOnRecompile(JavaFileObject author, JavaFileObject book)
      throws IOException {
    Map<String, byte[]> before = Resources.files(migrations);
    assertThat(compile("20260103120000", author, book)).succeededWithoutWarnings();
    Map<String, byte[]> after = Resources.files(migrations);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    after.forEach((file, bytes) -> assertThat(bytes).isEqualTo(before.get(file)));
  }

  /** Each foreign key of schema.json: its column, then the column it points at. */
  private List<String> references() throws IOException {
    Schema schema = new SnapshotStore().read(migrations).orElseThrow().schema();
    return schema.tables().stream().flatMap(table -> table.columns().stream()
            .filter(column -> column.references().isPresent())
            .flatMap(column -> Stream.of(table.name() + "." + column.name(),
                column.references().get().table() + "." + column.references().get().column())))
        .toList();
  }
}
