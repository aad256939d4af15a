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
 * A {@code @ManyToOne}'s join column renamed with zero downtime, as each dialect writes it: the
 * expand adds the new column with its foreign key online and keeps both columns in step, the
 * contract drops the old column with its foreign key; a foreign key to a renamed table follows
 * it. That it runs against the databases with
 * writers of both releases is ForeignKeyRenameLifecycleTest's (sample-app).
 */
class ForeignKeyRenameTest {

  @TempDir Path migrations;

  private static final JavaFileObject AUTHOR = JavaFileObjects.forSourceLines("lib.Author",
      "package lib;",
      "import jakarta.persistence.*;",
      "@Entity public class Author {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
      "  private String name;",
      "}");

  private static JavaFileObject book(String... lines) {
    return JavaFileObjects.forSourceLines("lib.Book", Stream.concat(Stream.of(
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "@Entity public class Book {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;"),
        Stream.concat(Stream.of(lines), Stream.of("}"))).toList());
  }

  private Compilation compile(String timestamp, JavaFileObject book) {
    return Compile.into(migrations).at(timestamp).allDialects().entities(List.of(AUTHOR, book));
  }

  private String migration(String dialect, String name) throws IOException {
    return Files.readString(migrations.resolve(dialect).resolve(name));
  }

  @Test
  void theExpandAddsTheForeignKeyOnlineAndTheContractDropsTheOldOne() throws IOException {
    assertThat(compile("20260101120000", book("  @ManyToOne private Author author;")))
        .succeeded();
    assertThat(compile("20260102120000", book(
        "  @ManyToOne private Author author;",
        "  @Expand(from = \"author\") @ManyToOne @JoinColumn(name = \"writer_id\")",
        "  private Author writer;",
        "  public Author getWriter() { return BookAccessors.writer(writer, author); }",
        "  public void setWriter(Author writer) {",
        "    this.author = BookAccessors.authorFromWriter(writer);",
        "    this.writer = writer;",
        "  }")))
        .succeededWithoutWarnings();

    String expand = "V20260102120000_1__expand_Book_writer_id.sql";
    String postgres = migration("postgresql", expand);
    assertThat(postgres).contains("ALTER TABLE \"book\" ADD COLUMN \"writer_id\" bigint;");
    assertThat(postgres).contains("ALTER TABLE \"book\" ADD CONSTRAINT \"book_writer_id_fkey\""
        + " FOREIGN KEY (\"writer_id\") REFERENCES \"author\" (\"id\") NOT VALID;");
    assertThat(postgres).contains("-- accordion:online\n"
        + "ALTER TABLE \"book\" VALIDATE CONSTRAINT \"book_writer_id_fkey\";");
    assertThat(postgres).contains("UPDATE \"book\" SET \"writer_id\" = \"author_id\"");
    assertThat(migration("mysql", expand)).contains("SET SESSION foreign_key_checks = 0;\n"
        + "ALTER TABLE `Book` ADD CONSTRAINT `Book_writer_id_fkey` FOREIGN KEY IF NOT EXISTS"
        + " (`writer_id`) REFERENCES `Author` (`id`), ALGORITHM=INPLACE, LOCK=NONE;\n"
        + "SET SESSION foreign_key_checks = 1;");
    assertThat(migration("sqlite", expand)).contains(
        "ALTER TABLE \"Book\" ADD COLUMN \"writer_id\" bigint REFERENCES \"Author\" (\"id\");");

    assertThat(compile("20260103120000", book(
        "  @Contract(from = \"author\") @ManyToOne @JoinColumn(name = \"writer_id\")",
        "  private Author writer;")))
        .succeeded();

    String contract = "V20260103120000_1__contract_Book_writer_id.sql";
    assertThat(migration("postgresql", contract))
        .contains("ALTER TABLE \"book\" DROP COLUMN IF EXISTS \"author_id\";");
    assertThat(migration("mysql", contract)).contains(
        "ALTER TABLE `Book` DROP FOREIGN KEY IF EXISTS `Book_author_id_fkey`;\n"
            + "ALTER TABLE `Book` DROP COLUMN IF EXISTS `author_id`, ALGORITHM=INPLACE,"
            + " LOCK=NONE;");
    // SQLite drops no column a foreign key constrains: the table is rebuilt without it.
    String sqlite = migration("sqlite", contract);
    assertThat(sqlite).contains("CREATE TABLE \"Book__accordion_rebuild\"");
    assertThat(sqlite).contains("\"writer_id\" bigint REFERENCES \"Author\" (\"id\")");
    assertThat(sqlite).doesNotContain("\"author_id\" bigint");
    String snapshot = Files.readString(migrations.resolve("schema.json"))
        .replaceAll("\\s+", " ");
    assertThat(snapshot).contains("\"name\" : \"writer_id\", \"field\" : \"writer\"");
    assertThat(snapshot).contains(
        "\"references\" : { \"table\" : \"Author\", \"column\" : \"id\" }");
    assertThat(snapshot).doesNotContain("author_id");
  }

  private static JavaFileObject member(String classAnnotations) {
    return JavaFileObjects.forSourceLines("lib.Member",
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        classAnnotations,
        "@Entity public class Member {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "}");
  }

  private static JavaFileObject post(String target) {
    return JavaFileObjects.forSourceLines("lib.Post",
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class Post {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "  @ManyToOne private " + target + " subscriber;",
        "}");
  }

  /** Subscriber renamed Member: Post's foreign key follows it in schema.json as in the database. */
  @Test
  void aForeignKeyToARenamedTableFollowsIt() throws IOException {
    JavaFileObject subscriber = JavaFileObjects.forSourceLines("lib.Subscriber",
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class Subscriber {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "}");
    Compile compile = Compile.into(migrations).allDialects();
    assertThat(compile.at("20260101120000").entities(List.of(subscriber, post("Subscriber"))))
        .succeeded();
    assertThat(compile.at("20260102120000").entities(List.of(
        member("@Expand @RenamedFrom(\"Subscriber\")"), post("Member")))).succeeded();
    assertThat(references()).contains("\"table\" : \"Subscriber\"");

    assertThat(compile.at("20260103120000").entities(List.of(
        member("@Contract(from = \"Subscriber\")"), post("Member")))).succeeded();

    assertThat(references()).contains("\"table\" : \"Member\"");
    assertThat(references()).doesNotContain("Subscriber");
  }

  private String references() throws IOException {
    return Files.readString(migrations.resolve("schema.json")).replaceAll("\\s+", " ")
        .replaceAll(".*\"references\" : \\{([^}]*)}.*", "$1");
  }

  @Test
  void anExpandFromAForeignKeyIntoAPlainColumnIsStillRefused() {
    assertThat(compile("20260101120000", book("  @ManyToOne private Author author;")))
        .succeeded();

    Compilation plain = compile("20260102120000", book(
        "  @ManyToOne private Author author;",
        "  @Expand(from = \"author\") private Long writerId;"));

    assertThat(plain).hadErrorContaining("[ACC329] @Expand on 'writerId' takes over column"
        + " Book.author_id, which holds a foreign key to Author, into a column without that"
        + " foreign key.");
  }
}
