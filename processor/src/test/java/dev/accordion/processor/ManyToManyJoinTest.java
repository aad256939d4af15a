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
 * A {@code @ManyToOne} becoming a {@code @ManyToMany} Set, as each dialect writes it: the
 * collection's join table is created as Hibernate creates it (both columns NOT NULL with their
 * foreign keys, the pair its primary key), then filled from the old join column and kept in
 * step with it by the triggers of the 1:n-to-m:n transition; the contract drops the old column
 * with its foreign key. A collection whose table has no key on the pair, one of another target
 * and one whose {@code from} names no field are refused. That it runs against the databases
 * with writers of both releases is OneToManyAssociationLifecycleTest's (sample-app).
 */
class ManyToManyJoinTest {

  private static final String CREATE = "V20260102120000_1__create_post_author_and_2_more.sql";
  private static final String EXPAND = "V20260102120000_2__expand_post_author.sql";
  private static final String CONTRACT = "V20260103120000_1__contract_post_author.sql";

  @TempDir Path migrations;

  private static JavaFileObject target(String name) {
    return JavaFileObjects.forSourceLines("lib." + name,
        "package lib;",
        "import jakarta.persistence.*;",
        "@Entity public class " + name + " {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "  private String name;",
        "}");
  }

  private static final JavaFileObject AUTHOR = target("Author");

  private static JavaFileObject post(String... lines) {
    return JavaFileObjects.forSourceLines("lib.Post", Stream.concat(Stream.of(
        "package lib;",
        "import dev.accordion.*;",
        "import jakarta.persistence.*;",
        "import java.util.*;",
        "@Entity public class Post {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;"),
        Stream.concat(Stream.of(lines), Stream.of("}"))).toList());
  }

  private static final JavaFileObject RELEASE_2 = post(
      "  @ManyToOne private Author author;",
      "  @Expand(from = \"author\") @ManyToMany @JoinTable(name = \"post_author\")",
      "  private Set<Author> authors;");

  private Compilation compile(String timestamp, JavaFileObject... sources) {
    return Compile.into(migrations).at(timestamp).allDialects().entities(List.of(sources));
  }

  private String migration(String dialect, String name) throws IOException {
    return Files.readString(migrations.resolve(dialect).resolve(name));
  }

  private void release1() {
    assertThat(compile("20260101120000", AUTHOR, post("  @ManyToOne private Author author;")))
        .succeeded();
  }

  @Test
  void theJoinTableIsHibernatesFilledFromTheOldJoinColumn() throws IOException {
    release1();
    assertThat(compile("20260102120000", AUTHOR, RELEASE_2)).succeededWithoutWarnings();

    assertThat(migration("postgresql", CREATE)).contains("CREATE TABLE \"post_author\" (\n"
        + "  \"post_id\" bigint NOT NULL,\n"
        + "  \"authors_id\" bigint NOT NULL,\n"
        + "  PRIMARY KEY (\"post_id\", \"authors_id\")\n"
        + ");\n"
        + "ALTER TABLE \"post_author\" ADD CONSTRAINT \"post_author_post_id_fkey\" FOREIGN KEY"
        + " (\"post_id\") REFERENCES \"post\" (\"id\");\n"
        + "ALTER TABLE \"post_author\" ADD CONSTRAINT \"post_author_authors_id_fkey\" FOREIGN KEY"
        + " (\"authors_id\") REFERENCES \"author\" (\"id\");");
    assertThat(migration("mysql", CREATE)).contains("ALTER TABLE `post_author` ADD CONSTRAINT"
        + " `post_author_authors_id_fkey` FOREIGN KEY IF NOT EXISTS (`authors_id`) REFERENCES"
        + " `Author` (`id`);");
    assertThat(migration("sqlite", CREATE)).contains("CREATE TABLE \"post_author\" (\n"
        + "  \"Post_id\" bigint NOT NULL REFERENCES \"Post\" (\"id\"),\n"
        + "  \"authors_id\" bigint NOT NULL REFERENCES \"Author\" (\"id\"),\n"
        + "  PRIMARY KEY (\"Post_id\", \"authors_id\")\n"
        + ");");
    // The pair is the join table's key: a pair already there is skipped.
    assertThat(migration("postgresql", EXPAND)).contains("INSERT INTO \"post_author\""
        + " (\"post_id\", \"authors_id\") SELECT \"id\", \"author_id\" FROM \"post\"");
    assertThat(migration("postgresql", EXPAND)).contains("ON CONFLICT DO NOTHING;");
    assertThat(migration("mysql", EXPAND)).contains("INSERT IGNORE INTO `post_author`"
        + " (`Post_id`, `authors_id`) SELECT `id`, `author_id` FROM `Post`");
    assertThat(migration("sqlite", EXPAND)).contains("INSERT OR IGNORE INTO \"post_author\""
        + " (\"Post_id\", \"authors_id\") SELECT \"id\", \"author_id\" FROM \"Post\"");

    assertThat(compile("20260103120000", AUTHOR, post(
        "  @Contract(from = \"author\") @ManyToMany @JoinTable(name = \"post_author\")",
        "  private Set<Author> authors;")))
        .succeeded();

    assertThat(migration("postgresql", CONTRACT))
        .contains("ALTER TABLE \"post\" DROP COLUMN IF EXISTS \"author_id\";");
    assertThat(migration("mysql", CONTRACT)).contains(
        "ALTER TABLE `Post` DROP FOREIGN KEY IF EXISTS `Post_author_id_fkey`;\n"
            + "ALTER TABLE `Post` DROP COLUMN IF EXISTS `author_id`, ALGORITHM=INPLACE,"
            + " LOCK=NONE;");
    // SQLite drops no column a foreign key constrains; the join table keeps its constraints.
    String sqlite = migration("sqlite", CONTRACT);
    assertThat(sqlite).contains("CREATE TABLE \"Post__accordion_rebuild\"");
    assertThat(sqlite).doesNotContain("post_author__accordion_rebuild");
    String snapshot = Files.readString(migrations.resolve("schema.json")).replaceAll("\\s+", " ");
    assertThat(snapshot).doesNotContain("author_id");
    assertThat(snapshot).contains("\"primaryKey\" : [ \"Post_id\", \"authors_id\" ]");
  }

  @Test
  void recompilingTheExpandAddsNothing() throws IOException {
    release1();
    assertThat(compile("20260102120000", AUTHOR, RELEASE_2)).succeeded();
    String snapshot = Files.readString(migrations.resolve("schema.json"));

    assertThat(compile("20260104120000", AUTHOR, RELEASE_2)).succeeded();

    try (Stream<Path> files = Files.list(migrations.resolve("sqlite"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .containsExactly("V20260101120000_1__baseline.sql", CREATE, EXPAND);
    }
    assertThat(Files.readString(migrations.resolve("schema.json"))).isEqualTo(snapshot);
  }

  @Test
  void aListWhoseJoinTableHasNoKeyIsRefused() {
    release1();
    JavaFileObject list = post(
        "  @ManyToOne private Author author;",
        "  @Expand(from = \"author\") @ManyToMany private List<Author> authors;");

    Compilation refused = compile("20260102120000", AUTHOR, list);

    assertThat(refused).hadErrorContaining("[ACC101] Field 'authors' is a @ManyToMany"
        + " java.util.List, whose join table has no key on the pair a link fills (a Set's has)")
        .inFile(list).onLine(8);
  }

  @Test
  void aCollectionOfAnotherEntityIsRefused() {
    release1();
    JavaFileObject editors = post(
        "  @ManyToOne private Author author;",
        "  @Expand(from = \"author\") @ManyToMany private Set<Editor> editors;");

    Compilation refused = compile("20260102120000", AUTHOR, target("Editor"), editors);

    assertThat(refused).hadErrorContaining("[ACC329] @Expand on 'editors' takes over column"
        + " Post.author_id, which holds a foreign key to Author, into a column without that"
        + " foreign key.")
        .inFile(editors).onLine(8);
  }

  @Test
  void aFromNamingNoFieldOfTheEntityIsRefused() {
    release1();
    JavaFileObject misspelt = post(
        "  @ManyToOne private Author author;",
        "  @Expand(from = \"writer\") @ManyToMany private Set<Author> authors;");

    Compilation refused = compile("20260102120000", AUTHOR, misspelt);

    assertThat(refused).hadErrorContaining("[ACC302] @Expand on 'authors' takes over column"
        + " 'Post.writer', which table Post does not have (it has: id, author_id).")
        .inFile(misspelt).onLine(8);
  }
}
