package dev.accordion.conformance;

import static dev.accordion.conformance.ReleaseSteps.accordion;
import static dev.accordion.conformance.ReleaseSteps.compile;
import static dev.accordion.conformance.ReleaseSteps.execute;
import static dev.accordion.conformance.ReleaseSteps.migrate;
import static dev.accordion.conformance.ReleaseSteps.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.AccordionException;
import dev.accordion.Resolution;
import dev.accordion.testing.EntityBuild;
import dev.accordion.testing.HibernateBoot;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An application adopting Accordion on the database Hibernate's {@code ddl-auto} made for it
 * (releases/new-association, Spring's naming): {@code migrate} refuses to apply the baseline over
 * its tables and changes nothing; {@code resolve --applied} adopts it once every table the
 * baseline creates is there (and refuses while one is missing); the next release's migration
 * then applies to it, keeping the rows, and Hibernate validates the result.
 */
class ExistingDatabaseTest {

  private static final Path RELEASES = Path.of("src/test/resources/releases/new-association");
  private static final String BASELINE = "20260101120000.1";

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDatabaseHibernateMadeIsAdoptedAndThenMigrated(TestDatabase database) throws Exception {
    Path migrations = work.resolve("migrations");
    EntityBuild.Compiled release1 = compile(RELEASES, "r1", "20260101120000", migrations, work);
    try (TestDatabase.Fresh live = database.fresh(work)) {
      DataSource db = live.dataSource();
      HibernateBoot.sessionFactory(release1, db, database.hibernateDialect(), "create",
          Naming.SPRING.hibernateSettings()).close();
      execute(db, "INSERT INTO book (id, title) VALUES (1, 'Ficciones'), (2, 'Ünïcödé ✓')");
      execute(db, "DROP TABLE author");

      AccordionException partial = assertThrows(AccordionException.class, () -> migrate(db,
          migrations));
      // On SQLite, Hibernate keeps each sequence in a one-row table, as the baseline does.
      String existing = database.isServer() ? "table book" : "tables author_seq, book, book_seq";
      assertTrue(partial.getMessage().startsWith("This database already has " + existing
          + ", which V20260101120000_1__baseline.sql creates: it was made without Accordion"),
          partial.getMessage());
      assertTrue(partial.getMessage().contains("It lacks author, so neither the baseline nor the"
          + " schema it would replace fits"), partial.getMessage());
      AccordionException missing = assertThrows(AccordionException.class,
          () -> accordion(db, migrations).resolve(BASELINE, Resolution.APPLIED));
      assertTrue(missing.getMessage().startsWith("Refusing to resolve"
          + " V20260101120000_1__baseline.sql as applied: this database lacks author"),
          missing.getMessage());
      assertEquals(List.of("book"), tables(db, database));

      execute(db, "CREATE TABLE author (id bigint NOT NULL, name varchar(255),"
          + " PRIMARY KEY (id))");
      AccordionException whole = assertThrows(AccordionException.class, () -> migrate(db,
          migrations));
      assertTrue(whole.getMessage().contains("adopt the database: resolve " + BASELINE
          + " --applied records the baseline as applied"), whole.getMessage());

      accordion(db, migrations).resolve(BASELINE, Resolution.APPLIED);
      migrate(db, migrations);
      EntityBuild.Compiled release2 = compile(RELEASES, "r2", "20260201120000", migrations, work);
      migrate(db, migrations);

      assertEquals(List.of("1 Ficciones null", "2 Ünïcödé ✓ null"),
          rows(db, "SELECT id, title, author_id FROM book ORDER BY id"));
      if (database.isServer()) {
        HibernateBoot.sessionFactory(release2, db, database.hibernateDialect(), "validate",
            Naming.SPRING.hibernateSettings()).close();
      }
    }
  }

  /**
   * A table a later migration creates, which the database has already (made outside Accordion:
   * Hibernate creates the tables of mappings an earlier Accordion left out): {@code migrate}
   * refuses and changes nothing; with its {@code CREATE TABLE} taken out of the migration, as
   * the message says, the rest applies.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTableMadeOutsideAccordionIsNotCreatedOver(TestDatabase database) throws Exception {
    Path migrations = work.resolve("migrations");
    compile(RELEASES, "r1", "20260101120000", migrations, work);
    try (TestDatabase.Fresh live = database.fresh(work)) {
      DataSource db = live.dataSource();
      migrate(db, migrations);
      EntityBuild.Compiled release2 = compile(RELEASES, "r2-new-table", "20260201120000",
          migrations, work);
      execute(db, "CREATE TABLE publisher (id bigint NOT NULL, name varchar(255),"
          + " PRIMARY KEY (id))");
      execute(db, "INSERT INTO publisher (id, name) VALUES (1, 'Sur')");

      AccordionException refused = assertThrows(AccordionException.class,
          () -> migrate(db, migrations));

      Path migration = migrationOf(migrations, database, "V20260201");
      assertTrue(refused.getMessage().startsWith("This database already has table publisher,"
          + " which " + migration.getFileName() + " creates: made outside Accordion"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("take its CREATE TABLE or ADD COLUMN out of the"
          + " migration"),
          refused.getMessage());
      assertEquals(List.of("20260101120000.1"), appliedVersions(db));

      String sql = Files.readString(migration);
      String edited = sql.replaceAll(
          "(?s)CREATE TABLE (IF NOT EXISTS )?[\"`]publisher[\"`] \\(.*?\n\\)[^;]*;\n", "");
      assertTrue(!edited.equals(sql), sql);
      Files.writeString(migration, edited);
      migrate(db, migrations);

      assertEquals(List.of("20260101120000.1", "20260201120000.1"), appliedVersions(db));
      assertEquals(List.of("1 Sur"), rows(db, "SELECT id, name FROM publisher"));
      if (database.isServer()) {
        HibernateBoot.sessionFactory(release2, db, database.hibernateDialect(), "validate",
            Naming.SPRING.hibernateSettings()).close();
      }
    }
  }

  /**
   * The same for a column a later migration adds, which Hibernate's {@code ddl-auto=update} added
   * already: refused, nothing applied; with its ADD COLUMN taken out, the rest (the foreign key)
   * applies.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aColumnMadeOutsideAccordionIsNotAddedOver(TestDatabase database) throws Exception {
    Path migrations = work.resolve("migrations");
    compile(RELEASES, "r1", "20260101120000", migrations, work);
    try (TestDatabase.Fresh live = database.fresh(work)) {
      DataSource db = live.dataSource();
      migrate(db, migrations);
      execute(db, "INSERT INTO book (id, title) VALUES (1, 'Ficciones')");
      EntityBuild.Compiled release2 = compile(RELEASES, "r2", "20260201120000", migrations, work);
      execute(db, "ALTER TABLE book ADD COLUMN author_id bigint");

      AccordionException refused = assertThrows(AccordionException.class,
          () -> migrate(db, migrations));

      Path migration = migrationOf(migrations, database, "V20260201");
      assertTrue(refused.getMessage().startsWith("This database already has column"
          + " book.author_id, which " + migration.getFileName() + " creates"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("Nothing of this migration was applied"),
          refused.getMessage());
      assertEquals(List.of("20260101120000.1"), appliedVersions(db));

      String sql = Files.readString(migration);
      String edited = sql.replaceAll("(?m)^ALTER TABLE [\"`]book[\"`] ADD COLUMN .*\n", "");
      assertTrue(!edited.equals(sql), sql);
      Files.writeString(migration, edited);
      migrate(db, migrations);

      assertEquals(List.of("20260101120000.1", "20260201120000.1"), appliedVersions(db));
      assertEquals(List.of("1 Ficciones null"),
          rows(db, "SELECT id, title, author_id FROM book"));
      if (database.isServer()) {
        HibernateBoot.sessionFactory(release2, db, database.hibernateDialect(), "validate",
            Naming.SPRING.hibernateSettings()).close();
        assertThrows(SQLException.class,
            () -> execute(db, "UPDATE book SET author_id = 999 WHERE id = 1"));
      }
    }
  }

  private static Path migrationOf(Path migrations, TestDatabase database, String prefix)
      throws java.io.IOException {
    try (var files = Files.list(migrations.resolve(database.folder()))) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .findFirst().orElseThrow();
    }
  }

  private static List<String> appliedVersions(DataSource db) throws SQLException {
    List<String> versions = new ArrayList<>();
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT version FROM accordion_history ORDER BY version")) {
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
    }
    return versions;
  }

  /** The application's tables: Accordion's own and Hibernate's scratch and sequence tables aside. */
  private static List<String> tables(DataSource db, TestDatabase database) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = db.getConnection();
        ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(),
            database.isServer() && database != TestDatabase.MARIADB ? "public" : null, "%",
            new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
        if (!name.startsWith("accordion_") && !name.startsWith("hte_") && !name.endsWith("_seq")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }
}
