package dev.accordion.conformance;

import static dev.accordion.conformance.ReleaseSteps.compile;
import static dev.accordion.conformance.ReleaseSteps.execute;
import static dev.accordion.conformance.ReleaseSteps.field;
import static dev.accordion.conformance.ReleaseSteps.migrate;
import static dev.accordion.conformance.ReleaseSteps.newInstance;
import static dev.accordion.conformance.ReleaseSteps.rows;
import static dev.accordion.conformance.ReleaseSteps.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.EntityBuild;
import dev.accordion.testing.HibernateBoot;
import dev.accordion.testing.JdbcSchema;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A new {@code @ManyToOne} on a table in use (releases/new-association, with Spring's naming), or
 * a new {@code @OneToMany} whose join column is on that table:
 * release 2's migration adds the nullable column and its foreign key (on PostgreSQL
 * {@code NOT VALID}, then validated online); the books release 1 wrote
 * keep their rows, with no author; the schema is then what Hibernate creates for release 2; and
 * the foreign key holds on the servers.
 */
class NewAssociationTest {

  private static final Path RELEASES = Path.of("src/test/resources/releases/new-association");

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aNewAssociationAddsItsColumnAndForeignKeyAndKeepsEveryRow(TestDatabase database)
      throws Exception {
    try (TestDatabase.Fresh live = database.fresh(work)) {
      EntityBuild.Compiled release2 = addAssociation(database, live.dataSource(), "r2");
      try (SessionFactory hibernate = HibernateBoot.sessionFactory(release2, live.dataSource(),
          database.hibernateDialect(), "none", Naming.SPRING.hibernateSettings())) {
        hibernate.inTransaction(session -> {
          Object book = session.find(type(release2, "shop.Book"), 1L);
          assertNull(field(book, "author"));
        });
      }
    }
  }

  /**
   * The same column from the other side: release 2's {@code Author} gains a
   * {@code @OneToMany @JoinColumn(name = "author_id")}, which Hibernate keeps on the books' table.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aNewOneToManyJoinColumnIsAddedToItsTargetsTable(TestDatabase database) throws Exception {
    try (TestDatabase.Fresh live = database.fresh(work)) {
      DataSource db = live.dataSource();
      EntityBuild.Compiled release2 = addAssociation(database, db, "r2-one-to-many");
      try (SessionFactory hibernate = HibernateBoot.sessionFactory(release2, db,
          database.hibernateDialect(), "none", Naming.SPRING.hibernateSettings())) {
        hibernate.inTransaction(session -> {
          // Persisted first: on SQLite, Hibernate draws the key through a connection of its
          // own, which must commit before this one reads.
          Object author = newInstance(type(release2, "shop.Author"));
          session.persist(author);
          @SuppressWarnings("unchecked")
          List<Object> books = (List<Object>) field(author, "books");
          books.add(session.find(type(release2, "shop.Book"), 2L));
        });
      }
      List<String> rows = rows(db, "SELECT id, title, author_id FROM book ORDER BY id");
      assertEquals("1 Ficciones null", rows.get(0));
      assertTrue(rows.get(1).startsWith("2 Ünïcödé ✓ ") && !rows.get(1).endsWith(" null"),
          "Hibernate sets the join column of the book the author's list holds: " + rows);
    }
  }

  /**
   * Applies release 1 to {@code db} and writes two books, compiles {@code release2} (a new
   * association, whose column is {@code book.author_id}) and applies it; then checks the
   * migration adds the foreign key online on PostgreSQL, the schema is what Hibernate creates
   * for release 2, the books keep their rows with no author, and the foreign key holds.
   */
  private EntityBuild.Compiled addAssociation(TestDatabase database, DataSource db,
      String release2Folder) throws Exception {
    Path migrations = work.resolve("migrations");
    compile(RELEASES, "r1", "20260101120000", migrations, work);
    migrate(db, migrations);
    execute(db, "INSERT INTO book (id, title) VALUES (1, 'Ficciones'), (2, 'Ünïcödé ✓')");

    EntityBuild.Compiled release2 = compile(RELEASES, release2Folder, "20260201120000",

        migrations, work);
    // PostgreSQL checks the rows in use online: the constraint NOT VALID, then validated.
    String postgres = Files.readString(migrations.resolve(
        "postgresql/V20260201120000_1__add_book_author_id_and_fk_book_author_id.sql"));
    assertTrue(postgres.contains("ALTER TABLE \"book\" ADD CONSTRAINT \"book_author_id_fkey\""
        + " FOREIGN KEY (\"author_id\") REFERENCES \"author\" (\"id\") NOT VALID;\n"), postgres);
    assertTrue(postgres.contains("-- accordion:online\nALTER TABLE \"book\" VALIDATE CONSTRAINT"
        + " \"book_author_id_fkey\";"), postgres);
    migrate(db, migrations);

    try (TestDatabase.Fresh scratch = database.fresh(work)) {
      HibernateBoot.sessionFactory(release2, scratch.dataSource(), database.hibernateDialect(),
          "create", Naming.SPRING.hibernateSettings()).close();
      try (Connection expected = scratch.dataSource().getConnection();
          Connection actual = db.getConnection()) {
        assertEquals(List.of(), JdbcSchema.read(expected, database)
            .differencesFrom(JdbcSchema.read(actual, database), database));
      }
    }
    assertEquals(List.of("1 Ficciones null", "2 Ünïcödé ✓ null"),
        rows(db, "SELECT id, title, author_id FROM book ORDER BY id"));
    if (database.isServer()) {
      HibernateBoot.sessionFactory(release2, db, database.hibernateDialect(), "validate",
          Naming.SPRING.hibernateSettings()).close();
      assertThrows(SQLException.class,
          () -> execute(db, "INSERT INTO book (id, title, author_id) VALUES (3, 'x', 999)"));
    }
    return release2;
  }
}
