package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accordion.testing.HibernateDifferences;
import dev.accordion.testing.JdbcSchema;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** The schema check the lifecycle tests run after each release. */
final class HibernateSchema {

  private HibernateSchema() {}

  /**
   * The database is what Hibernate expects of the release's entities: its structure equals that
   * of a scratch database Hibernate creates, short of the {@link HibernateDifferences} made on
   * purpose, and on the servers Hibernate's own schema validation passes. Tables in
   * {@code keptForOlderReleases} (a renamed table's old name) are left out of the live side; on
   * the servers, while they stay, the new name is a view of the old table, which only Hibernate's
   * validation judges.
   */
  static void assertMatches(Release release, TestDatabase database, DataSource live, Path temp,
      Set<String> keptForOlderReleases) throws SQLException {
    boolean renameInFlight = database.isServer() && !keptForOlderReleases.isEmpty();
    if (!renameInFlight) {
      assertSameStructure(release, database, live, temp, keptForOlderReleases);
    }
    if (HibernateDifferences.hibernateValidates(database)) {
      release.sessionFactory(live, database.hibernateDialect(), "validate").close();
    }
  }

  private static void assertSameStructure(Release release, TestDatabase database, DataSource live,
      Path temp, Set<String> keptForOlderReleases) throws SQLException {
    try (TestDatabase.Fresh scratch = database.fresh(temp)) {
      release.sessionFactory(scratch.dataSource(), database.hibernateDialect(), "create").close();
      try (Connection liveConnection = live.getConnection();
          Connection expected = scratch.dataSource().getConnection()) {
        JdbcSchema actual = JdbcSchema.read(liveConnection, database);
        actual.tables().keySet().removeAll(keptForOlderReleases);
        assertEquals(List.of(),
            JdbcSchema.read(expected, database).differencesFrom(actual, database),
            release.name() + ": Hibernate's schema first, then Accordion's");
      }
    }
  }
}
