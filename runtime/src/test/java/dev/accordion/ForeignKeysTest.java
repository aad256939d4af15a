package dev.accordion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * {@code foreign-keys=off}: SQLite's table rebuild with enforcement off, checked before commit;
 * and the application's connection is handed back with its settings as they were.
 */
class ForeignKeysTest {

  @TempDir Path folder;
  private AccordionSqlite db;
  private Connection connection;
  private DataSource sameConnection;

  @BeforeEach
  void connectionWithForeignKeysOn() throws Exception {
    db = new AccordionSqlite(folder);
    Path fixtures = Path.of(ForeignKeysTest.class.getResource("/fixtures/foreign-keys/sqlite").toURI());
    for (String name : new String[] {"V1__parent_and_child.sql", "V2__rebuild_Author.sql"}) {
      db.write(name, Files.readString(fixtures.resolve(name)));
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    connection = config.createConnection(db.url());
    connection.setAutoCommit(false);
    sameConnection = KeptConnection.dataSource(connection);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void rebuildsAReferencedTableAndRestoresTheConnection() throws Exception {
    Accordion.builder().dataSource(sameConnection).directory(db.migrations()).build().migrate();

    assertEquals(2, db.appliedVersions().size());
    assertEquals(1, db.count("SELECT COUNT(*) FROM \"Book\" JOIN \"Author\" ON \"Author\".\"id\" = \"Book\".\"author_id\""));
    assertEquals(1, pragma("foreign_keys"), "foreign keys are on again");
    assertEquals(3000, pragma("busy_timeout"), "the driver's busy timeout is back");
    assertFalse(connection.getAutoCommit(), "auto-commit is as the application left it");
  }

  @Test
  void aRebuildThatBreaksAForeignKeyIsRolledBack() throws Exception {
    db.write("V2__rebuild_Author.sql", """
        -- accordion:migration kind=schema
        -- accordion:ddl foreign-keys=off
        CREATE TABLE "Author_new" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(200) NOT NULL);
        DROP TABLE "Author";
        ALTER TABLE "Author_new" RENAME TO "Author";
        """);

    AccordionException e = assertThrows(AccordionException.class,
        () -> Accordion.builder().dataSource(sameConnection).directory(db.migrations()).build().migrate());

    assertTrue(e.getMessage().startsWith("V2__rebuild_Author.sql was rolled back: after its DDL, "
        + "the foreign key check found 1 row with a broken reference"), e.getMessage());
    assertNull(db.history("2"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM \"Author\""), "the old table is back");
    assertEquals(1, pragma("foreign_keys"));
  }

  private int pragma(String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA " + name)) {
      return result.getInt(1);
    }
  }
}
