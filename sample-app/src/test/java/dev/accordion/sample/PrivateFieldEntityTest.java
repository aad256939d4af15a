package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.Transitions;
import dev.accordion.testing.TestDatabase;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An entity as applications write it, every field private behind its getters and setters,
 * through an expand and its contract on SQLite, PostgreSQL and MariaDB: the seeds' Post, whose
 * release 2 expands {@code published} into {@code status} with a value map, its getter and
 * setter handing the fields' values to the generated {@code PostAccessors}. A write through the
 * entity while the backfill runs sets both fields, so both columns say the same; a read gives
 * what {@code published} says until the backfill is verified, {@code status} after; release 3
 * reads what was written.
 */
class PrivateFieldEntityTest {

  private static final int SEEDED_ROWS = 1_000;
  /** Published by release 1 (a multiple of 3), and after the backfill's first batch. */
  private static final long PUBLISHED = 999;
  /** Not published by release 1, after the first batch; release 2 makes it a draft. */
  private static final long DRAFT = 998;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void writesFillBothColumnsAndReadsMoveToTheNewColumnOnceVerified(TestDatabase database)
      throws Exception {
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      Path migrations = temp.resolve("migrations");
      DataSource migrator = fresh.dataSource();
      Releases.compile(1, migrations, temp.resolve("build"));
      accordion(migrator, migrations).build().migrate();
      Releases.seed(migrator, database, SEEDED_ROWS);

      Release release2 = Releases.compile(2, migrations, temp.resolve("build"));
      assertEveryFieldPrivate(release2.type("Post"));
      LifecycleRelease2 code = new LifecycleRelease2(release2);
      Map<String, String> duringBackfill = new LinkedHashMap<>();
      long inserted;
      try (SessionFactory sessions = release2.sessionFactory(fresh.writerDataSource(),
          database.hibernateDialect(), "none")) {
        List<Long> insertedDuringBackfill = new ArrayList<>();
        accordion(migrator, migrations)
            .afterBatch(progress -> {
              if (!progress.transition().equals("Post.status") || progress.batch() != 1) {
                return;
              }
              duringBackfill.put("verified", String.valueOf(Transitions.readsNew("Post.status")));
              duringBackfill.put("999 columns", columns(migrator, PUBLISHED));
              duringBackfill.put("999 reads", read(sessions, code, PUBLISHED));
              duringBackfill.put("998 fields", code.storedFields(update(sessions, code, DRAFT,
                  "Draft")));
              duringBackfill.put("998 columns", columns(migrator, DRAFT));
              duringBackfill.put("998 reads", read(sessions, code, DRAFT));
              long id = insert(sessions, code, "InReview");
              insertedDuringBackfill.add(id);
              duringBackfill.put("new columns", columns(migrator, id));
            })
            .build()
            .migrate();
        inserted = insertedDuringBackfill.get(0);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("verified", "false");
        // Not reached by the backfill yet: the read is published's.
        expected.put("999 columns", "null|true");
        expected.put("999 reads", "Published");
        expected.put("998 fields", "false|Draft");
        expected.put("998 columns", "Draft|false");
        // What release 1 reads of it (published = false), until status is verified.
        expected.put("998 reads", "Unknown");
        expected.put("new columns", "InReview|false");
        assertEquals(expected, duringBackfill);

        assertTrue(Transitions.readsNew("Post.status"), "the backfill was verified");
        assertEquals("Draft", read(sessions, code, DRAFT));
        assertEquals("Published", read(sessions, code, PUBLISHED));
        assertEquals("InReview", read(sessions, code, inserted));
        update(sessions, code, PUBLISHED, "InProgress");
        assertEquals("InProgress|false", columns(migrator, PUBLISHED));
      }

      // Release 3 contracts: published is dropped once every row agrees.
      Release release3 = Releases.compile(3, migrations, temp.resolve("build"));
      assertEveryFieldPrivate(release3.type("Post"));
      accordion(migrator, migrations).build().complete();
      LifecycleRelease2 code3 = new LifecycleRelease2(release3);
      try (SessionFactory sessions = release3.sessionFactory(fresh.writerDataSource(),
          database.hibernateDialect(), "none")) {
        assertEquals("Draft", read(sessions, code3, DRAFT));
        assertEquals("InProgress", read(sessions, code3, PUBLISHED));
        assertEquals("InReview", read(sessions, code3, inserted));
        assertEquals("Published", read(sessions, code3, 3));
        assertEquals("Unknown", read(sessions, code3, 1));
        update(sessions, code3, 1, "Published");
        assertEquals("Published", read(sessions, code3, 1));
      }
      assertEquals(List.of("content", "id", "status", "title"), columnNames(migrator));
    }
  }

  private static Accordion.Builder accordion(DataSource migrator, Path migrations) {
    return Accordion.builder()
        .dataSource(migrator)
        .directory(migrations)
        .batchSizeOverride(250)
        .backfillPause(Duration.ofMillis(2));
  }

  private static void assertEveryFieldPrivate(Class<?> entity) {
    for (Field field : entity.getDeclaredFields()) {
      assertTrue(field.isSynthetic() || Modifier.isPrivate(field.getModifiers()),
          entity.getSimpleName() + "." + field.getName() + " is private");
    }
  }

  /** The post's status, as its getter reads it. */
  private static String read(SessionFactory sessions, LifecycleRelease2 code, long id) {
    try (Session session = sessions.openSession()) {
      return code.status(session.find(code.type("Post"), id));
    }
  }

  /** Sets the post's status through its setter and commits; returns the post as written. */
  private static Object update(SessionFactory sessions, LifecycleRelease2 code, long id,
      String status) {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object post = session.find(code.type("Post"), id);
      code.setStatus(post, status);
      transaction.commit();
      return post;
    }
  }

  /** A new post with {@code status}, set through its setter; returns its id. */
  private static long insert(SessionFactory sessions, LifecycleRelease2 code, String status) {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object post = code.create("Post");
      code.setTitle(post, "written during the backfill");
      code.setStatus(post, status);
      session.persist(post);
      transaction.commit();
      return code.id(post);
    }
  }

  /** The post's status and published columns: "Draft|false"; null for NULL. */
  private static String columns(DataSource dataSource, long id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT status, published FROM Post WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        assertTrue(rs.next(), "post " + id + " exists");
        String status = rs.getString(1);
        boolean published = rs.getBoolean(2);
        return status + "|" + (rs.wasNull() ? "null" : published);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The columns of table Post, sorted. */
  private static List<String> columnNames(DataSource dataSource) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : List.of("Post", "post")) {
        try (ResultSet columns = connection.getMetaData()
            .getColumns(connection.getCatalog(), null, table, null)) {
          while (columns.next()) {
            names.add(columns.getString("COLUMN_NAME"));
          }
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    return names.stream().sorted().toList();
  }
}
