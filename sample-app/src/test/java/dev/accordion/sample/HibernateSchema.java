package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The schema check the lifecycle tests run after each release. */
final class HibernateSchema {

  private HibernateSchema() {}

  /**
   * The database is what Hibernate expects of the release's entities. On the servers, Hibernate's
   * own schema validation; on SQLite, whose community dialect rejects its own identity DDL there,
   * the structure read back from SQLite equals that of a scratch database Hibernate creates.
   */
  static void assertMatches(Release release, TestDatabase database, DataSource live, Path temp)
      throws SQLException {
    if (database.isServer()) {
      release.sessionFactory(live, database.hibernateDialect(), "validate").close();
      return;
    }
    Path scratch = temp.resolve("hibernate-" + release.name() + ".db");
    try (TestDatabase.Fresh scratchDatabase =
        new TestDatabase.Fresh(TestDatabase.SQLITE, "jdbc:sqlite:" + scratch, () -> {})) {
      DataSource scratchSource = scratchDatabase.dataSource();
      release.sessionFactory(scratchSource, database.hibernateDialect(), "create").close();
      try (Connection liveConnection = live.getConnection();
          Connection expected = scratchSource.getConnection()) {
        assertEquals(SqliteSchema.read(expected), SqliteSchema.read(liveConnection), release.name());
      }
    }
  }
}
