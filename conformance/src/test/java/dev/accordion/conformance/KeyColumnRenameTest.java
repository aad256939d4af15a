package dev.accordion.conformance;

import static dev.accordion.conformance.ReleaseSteps.assertRefused;
import static dev.accordion.conformance.ReleaseSteps.compile;
import static dev.accordion.conformance.ReleaseSteps.execute;
import static dev.accordion.conformance.ReleaseSteps.field;
import static dev.accordion.conformance.ReleaseSteps.migrate;
import static dev.accordion.conformance.ReleaseSteps.rows;
import static dev.accordion.conformance.ReleaseSteps.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.EntityBuild;
import dev.accordion.testing.HibernateBoot;
import dev.accordion.testing.JdbcSchema;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Columns other tables' foreign keys point at, renamed in place (releases/key-column-rename, with
 * Spring's naming): the author's key {@code id} becomes {@code author_key}, its unique
 * {@code code} a {@code handle} that books' {@code signed_by} names with
 * {@code referencedColumnName}, and the books' default join column {@code author_id} follows the
 * key to {@code author_author_key}. Each database takes the foreign keys along with the renamed
 * columns; the schema is then what Hibernate creates for release 2, the rows and links are kept,
 * and the foreign keys still hold.
 */
class KeyColumnRenameTest {

  private static final Path RELEASES = Path.of("src/test/resources/releases/key-column-rename");

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void foreignKeysFollowTheColumnsTheyPointAt(TestDatabase database) throws Exception {
    try (TestDatabase.Fresh live = database.fresh(work)) {
      DataSource db = live.dataSource();
      Path migrations = work.resolve("migrations");
      compile(RELEASES, "r1", "20260101120000", migrations, work);
      migrate(db, migrations);
      execute(db, "INSERT INTO author (id, code, name) VALUES (1, 'ünï-1', 'Borges'),"
          + " (9223372036854775807, 'max', NULL)");
      execute(db, "INSERT INTO book (id, title, author_id, signed_by) VALUES"
          + " (1, 'Ficciones', 1, 'ünï-1'), (2, 'Unsigned', 9223372036854775807, NULL),"
          + " (3, 'Anonymous', NULL, 'max')");

      EntityBuild.Compiled release2 = compile(RELEASES, "r2", "20260201120000", migrations, work);
      String postgres;
      try (var files = Files.list(migrations.resolve("postgresql"))) {
        Path renames = files.filter(f -> f.getFileName().toString().startsWith("V20260201"))
            .findFirst().orElseThrow();
        postgres = Files.readString(renames);
      }
      assertTrue(postgres.contains(
          "ALTER TABLE \"author\" RENAME COLUMN \"id\" TO \"author_key\";\n"), postgres);
      migrate(db, migrations);

      JdbcSchema renamed;
      try (Connection connection = db.getConnection()) {
        renamed = JdbcSchema.read(connection, database);
      }
      // Read from the database itself: on SQLite, where Hibernate declares no foreign keys, this
      // is the check that they follow.
      assertEquals(new TreeSet<>(List.of("[author_author_key] -> author[author_key]",
              "[signed_by] -> author[handle]")),
          renamed.tables().get("book").foreignKeys());
      try (TestDatabase.Fresh scratch = database.fresh(work)) {
        HibernateBoot.sessionFactory(release2, scratch.dataSource(), database.hibernateDialect(),
            "create", Naming.SPRING.hibernateSettings()).close();
        try (Connection expected = scratch.dataSource().getConnection()) {
          assertEquals(List.of(), JdbcSchema.read(expected, database)
              .differencesFrom(renamed, database));
        }
      }
      assertEquals(List.of("1 Ficciones 1 ünï-1", "2 Unsigned 9223372036854775807 null",
              "3 Anonymous null max"),
          rows(db, "SELECT id, title, author_author_key, signed_by FROM book ORDER BY id"));

      try (SessionFactory hibernate = HibernateBoot.sessionFactory(release2, db,
          database.hibernateDialect(), database.isServer() ? "validate" : "none",
          Naming.SPRING.hibernateSettings())) {
        hibernate.inTransaction(session -> {
          Object book = session.find(type(release2, "shop.Book"), 1L);
          assertEquals("Borges", field(field(book, "author"), "name"));
          assertEquals("ünï-1", field(field(book, "signedBy"), "handle"));
        });
      }
      assertRefused(db, database,
          "INSERT INTO book (id, title, author_author_key) VALUES (4, 'x', 999)");
      assertRefused(db, database,
          "INSERT INTO book (id, title, signed_by) VALUES (5, 'x', 'nobody')");
    }
  }
}
