package dev.accordion.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.accordion.processor.Resources.release;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.JavaFileObjects;
import dev.accordion.Accordion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Indexes and unique columns on a table that exists: a new {@code @Index} is created, a removed
 * one dropped, and a new {@code unique} column gets a unique index, since SQLite refuses
 * {@code ADD COLUMN ... UNIQUE}. The generated SQL runs through the runtime on SQLite.
 */
class IndexChangeTest {

  @TempDir Path dir;

  @Test
  void indexesAndAUniqueColumnAreAddedToAnExistingTableAndDroppedAgain() throws Exception {
    Path migrations = dir.resolve("migrations");
    SQLiteDataSource db = new SQLiteDataSource();
    db.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
    assertThat(Compile.into(migrations).at("20260101120000").release("r1")).succeeded();
    JavaFileObject profile = Resources.source("releases/r1/Profile.java");
    List<JavaFileObject> indexChange = new ArrayList<>(release("index-change"));
    indexChange.add(profile);
    assertThat(Compile.into(migrations).at("20260201120000").entities(indexChange))
        .succeededWithoutWarnings();

    String added = Files.readString(
        migrations.resolve("sqlite/V20260201120000_1__add_Post_slug_and_index_Post_title_idx.sql"));
    assertThat(added).contains("ALTER TABLE \"Post\" ADD COLUMN \"slug\" varchar(255);\n"
        + "CREATE UNIQUE INDEX \"Post_slug_key\" ON \"Post\" (\"slug\");\n");
    assertThat(added).contains("CREATE INDEX \"Post_title_idx\" ON \"Post\" (\"title\");\n");
    Accordion.builder().dataSource(db).directory(migrations).build().migrate();
    try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("INSERT INTO \"Post\" (\"title\", \"published\", \"slug\") VALUES ('a', 0, 'a')");
      assertThrows(SQLException.class, () -> sql.execute(
          "INSERT INTO \"Post\" (\"title\", \"published\", \"slug\") VALUES ('b', 0, 'a')"));
      assertThat(indexes(sql)).containsExactly("Post_slug_key", "Post_title_idx");
    }

    // Back to release 1's indexes: the index goes; the unique column stays (no drop without @Contract).
    List<JavaFileObject> withoutIndex = List.of(profile, JavaFileObjects.forSourceString(
        "dev.accordion.sample.Post",
        "package dev.accordion.sample;\nimport jakarta.persistence.*;\n@Entity class Post {\n"
            + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n"
            + "  @Column(nullable = false) String title;\n  String content;\n  boolean published;\n"
            + "  @Column(unique = true) String slug;\n}\n"));
    assertThat(Compile.into(migrations).at("20260301120000").entities(withoutIndex))
        .succeededWithoutWarnings();
    assertThat(Files.readString(migrations.resolve("sqlite/V20260301120000_1__drop_index_Post_title_idx.sql")))
        .contains("DROP INDEX IF EXISTS \"Post_title_idx\";\n");
    Accordion.builder().dataSource(db).directory(migrations).build().migrate();
    try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
      assertThat(indexes(sql)).containsExactly("Post_slug_key");
    }
  }

  private static List<String> indexes(Statement sql) throws SQLException {
    List<String> names = new ArrayList<>();
    try (var rs = sql.executeQuery(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'Post' ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
