package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/** The schema check the lifecycle tests run after each release. */
final class HibernateSchema {

  private HibernateSchema() {}

  /**
   * The database is what Hibernate expects of the release's entities. On the servers, Hibernate's
   * own schema validation; on SQLite, whose community dialect rejects its own identity DDL there,
   * the structure read back from SQLite equals that of a scratch database Hibernate creates,
   * plus the unique indexes the entities declare: Hibernate's SQLite dialect adds a unique key
   * with ALTER TABLE, which SQLite refuses, so its own database lacks them. Tables in
   * {@code keptForOlderReleases} (a renamed table's old name) are left out of the live side.
   */
  static void assertMatches(Release release, TestDatabase database, DataSource live, Path temp,
      java.util.Set<String> keptForOlderReleases) throws SQLException {
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
        SqliteSchema actual = SqliteSchema.read(liveConnection);
        keptForOlderReleases.forEach(actual.tables()::remove);
        assertEquals(withDeclaredUniqueIndexes(SqliteSchema.read(expected), release), actual,
            release.name());
      }
    }
  }

  /** {@code schema} with every {@code @Index(unique = true)} of the release's entities. */
  private static SqliteSchema withDeclaredUniqueIndexes(SqliteSchema schema, Release release) {
    for (Class<?> entity : release.entityClasses()) {
      jakarta.persistence.Table table = entity.getAnnotation(jakarta.persistence.Table.class);
      if (table == null) {
        continue;
      }
      String name = table.name().isEmpty() ? entity.getSimpleName() : table.name();
      for (jakarta.persistence.Index index : table.indexes()) {
        if (index.unique()) {
          List<String> columns =
              Arrays.stream(index.columnList().split(",")).map(String::strip).toList();
          schema.tables().get(name).indexes().add("unique " + columns);
        }
      }
    }
    return schema;
  }
}
