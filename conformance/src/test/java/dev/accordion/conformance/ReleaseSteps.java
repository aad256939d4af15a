package dev.accordion.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.testing.EntityBuild;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The steps the release tests of this module take, as an application's team does: compile a
 * release of entities (Spring's naming, every dialect) into the migrations folder, migrate a
 * database, write and read rows with plain SQL, and look into the entities Hibernate loaded.
 */
final class ReleaseSteps {

  private ReleaseSteps() {}

  /** Compiles {@code releases/<release>} at {@code timestamp} into {@code migrations}. */
  static EntityBuild.Compiled compile(Path releases, String release, String timestamp,
      Path migrations, Path work) throws Exception {
    EntityBuild.Compiled compiled = EntityBuild.compile(releases.resolve(release),
        work.resolve(release), List.of(
            "-Aaccordion.migrations=" + migrations,
            "-Aaccordion.timestamp=" + timestamp,
            "-Aaccordion.dialects=sqlite,postgresql,mysql",
            "-Aaccordion.naming=spring"));
    assertTrue(compiled.succeeded(), () -> release + ": " + compiled.diagnostics());
    return compiled;
  }

  static Accordion accordion(DataSource db, Path migrations) {
    return Accordion.builder().dataSource(db).directory(migrations).build();
  }

  static void migrate(DataSource db, Path migrations) {
    accordion(db, migrations).migrate();
  }

  static void execute(DataSource db, String sql) throws SQLException {
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** {@code sql} breaks a foreign key, which the database refuses (SQLite once told to). */
  static void assertRefused(DataSource db, TestDatabase database, String sql)
      throws SQLException {
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement()) {
      if (!database.isServer()) {
        statement.execute("PRAGMA foreign_keys = ON");
      }
      assertThrows(SQLException.class, () -> statement.execute(sql), sql);
    }
  }

  /** Each row of {@code sql}, its values joined by spaces ({@code null} for NULL). */
  static List<String> rows(DataSource db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = db.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
          row.add(String.valueOf(rs.getObject(column)));
        }
        rows.add(String.join(" ", row));
      }
    }
    return rows;
  }

  static Class<?> type(EntityBuild.Compiled release, String name) {
    try {
      return release.classLoader().loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object newInstance(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The value of a private field of {@code entity}, as Hibernate set it. */
  static Object field(Object entity, String name) {
    try {
      var field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
