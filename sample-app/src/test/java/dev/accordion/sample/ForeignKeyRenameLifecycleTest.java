package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.StatusReport;
import dev.accordion.Transitions;
import dev.accordion.testing.HibernateDifferences;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code @ManyToOne}'s join column renamed under live writers: Book.author (author_id, a
 * foreign key to Author.id) becomes Book.writer (writer_id). Release 1 keeps setting authors on
 * author_id while release 2's expand adds writer_id with its foreign key, keeps the two in step
 * and backfills; release 2 writes through its setter and reads author_id until the backfill is
 * verified. The new foreign key refuses an author that does not exist; release 3's contract drops
 * author_id, and every book, read by release 3, has the author and title last written, NULL
 * authors staying NULL.
 */
class ForeignKeyRenameLifecycleTest {

  private static final String TRANSITION = "Book.writer_id";
  private static final int AUTHORS = 20;
  private static final int BOOKS = 1_000;
  /** The seeded book at position {@code i} (from 1) has no author when {@code i} is a multiple. */
  private static final int NO_AUTHOR_EVERY = 7;
  /** Small batches with pauses, so the writers write while the backfill is under way. */
  private static final int BATCH = 100;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void renamingAJoinColumnKeepsEveryLinkAndItsForeignKey(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("join-column-rename", "Book", database, temp)) {
      DataSource dataSource = reshaping.dataSource();
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      BookRelease code1 = new BookRelease(release1, "author");
      List<Long> authors = new ArrayList<>();
      List<Long> seeded = new ArrayList<>();
      Map<Long, BookRelease.Row> expected = new ConcurrentHashMap<>(
          seed(reshaping, code1, authors, seeded));
      assertEquals(BOOKS, reshaping.count("SELECT COUNT(*) FROM Book"));
      assertEquals(BOOKS / NO_AUTHOR_EVERY,
          reshaping.count("SELECT COUNT(*) FROM Book WHERE author_id IS NULL"));

      // Release 2 expands while release 1 writes; release 2 writes from the first batch on.
      Release release2 = reshaping.compile(2);
      BookRelease code2 = new BookRelease(release2, "writer");
      SessionFactory sessions1 = reshaping.sessions(release1);
      SessionFactory sessions2 = reshaping.sessions(release2);
      Probes probes = new Probes(seeded, authors);
      BookWriter old = writer(release1, code1, sessions1, expected, probes, authors, 0, true);
      BookWriter current = writer(release2, code2, sessions2, expected, probes, authors, 1, true);
      Map<String, String> duringBackfill = new LinkedHashMap<>();
      List<Integer> oldWrites = new ArrayList<>();
      List<Integer> currentWrites = new ArrayList<>();
      old.start();
      StatusReport expanded = reshaping.accordion()
          .batchSizeOverride(BATCH)
          .backfillPause(Duration.ofMillis(10))
          .afterBatch(progress -> {
            if (!TRANSITION.equals(progress.transition())) {
              return;
            }
            oldWrites.add(old.writes());
            currentWrites.add(current.writes());
            if (progress.batch() == 1) {
              current.start();
              probes.writeAndRead(dataSource, sessions1, code1, sessions2, code2, expected,
                  duringBackfill);
              current.awaitWrites(1);
              old.awaitWrites(oldWrites.get(0) + 1);
            }
          })
          .build()
          .migrate();
      current.start();
      Thread.sleep(300);
      assertTrue(old.stop() > 0, "release 1 kept writing");
      assertTrue(current.stop() > 0, "release 2 kept writing");
      assertEquals(1, expanded.appliedByThisCall().size(), expanded.render());
      assertTrue(Transitions.readsNew(TRANSITION), "the backfill was verified: "
          + expanded.render());
      assertTrue(oldWrites.size() > 2, "the backfill ran in batches: " + oldWrites);
      assertTrue(oldWrites.get(oldWrites.size() - 1) > oldWrites.get(0),
          "release 1 wrote while the backfill ran: " + oldWrites);
      assertTrue(currentWrites.get(currentWrites.size() - 1) > 0,
          "release 2 wrote while the backfill ran: " + currentWrites);
      assertEquals(probes.expectedDuringBackfill(), duringBackfill);

      assertEquals(List.of(), disagreeing(dataSource), "author_id and writer_id of every book");
      Reshaping.assertSameRows("columns after the expand on " + database, strings(expected),
          columns(dataSource, "writer_id"));
      assertEquals(expected.values().stream().filter(row -> row.authorId() == null).count(),
          reshaping.count("SELECT COUNT(*) FROM Book WHERE writer_id IS NULL"));
      assertEquals(probes.untouchedAuthor(), read(sessions2, code2, probes.untouched()),
          "read from writer_id now");
      Reshaping.assertSameRows("release 2 reads on " + database, strings(expected),
          readAll(sessions2, code2));
      Reshaping.assertSameRows("release 1 reads on " + database, strings(expected),
          readAll(sessions1, code1));
      reshaping.assertMatchesHibernate(release2);
      // An instance of release 1 restarting validates against the expanded schema.
      if (HibernateDifferences.hibernateValidates(database)) {
        release1.sessionFactory(dataSource, database.hibernateDialect(), "validate").close();
      }
      assertEquals(Set.of("[author_id] -> author[id]", "[writer_id] -> author[id]"),
          foreignKeysOfBook(dataSource, database));
      assertWriterForeignKeyHolds(dataSource, database,
          "INSERT INTO Book (title, author_id, writer_id) VALUES ('dangling', " + authors.get(0)
              + ", ?)");

      // Release 3 boots beside release 2, which is retired before the contract runs.
      Release release3 = reshaping.compile(3);
      BookRelease code3 = new BookRelease(release3, "writer");
      SessionFactory sessions3 = reshaping.sessions(release3);
      BookWriter retiring =
          writer(release2, code2, sessions2, expected, probes, authors, 1, true);
      // Until the contract runs, a NULL release 3 writes to writer_id alone is refilled from
      // author_id, as a stale entity of release 2 would write it: a known limit
      // (docs/limits.md), so release 3 sets authors here and takes none away.
      BookWriter newest =
          writer(release3, code3, sessions3, expected, probes, authors, 0, false);
      StatusReport deferred = reshaping.accordion().contractsAtBoot(false).build().migrate();
      assertEquals(1, deferred.pending().size(), deferred.render());
      retiring.start();
      newest.start();
      Thread.sleep(300);
      assertTrue(retiring.stop() > 0, "release 2 kept writing until retired");
      StatusReport completed = reshaping.accordion().build().complete();
      assertEquals(1, completed.appliedByThisCall().size(), completed.render());
      Thread.sleep(100);
      assertTrue(newest.stop() > 0, "release 3 kept writing through the contract");

      assertEquals(List.of(
              "V20260101120000_1__baseline.sql",
              "V20260102120000_1__expand_Book_writer_id.sql",
              "V20260103120000_1__contract_Book_writer_id.sql"),
          reshaping.migrationFiles());
      assertEquals(List.of("id", "title", "writer_id"), columnsOfBook(dataSource, database));
      assertEquals(Set.of("[writer_id] -> author[id]"), foreignKeysOfBook(dataSource, database));
      reshaping.assertMatchesHibernate(release3);
      assertWriterForeignKeyHolds(dataSource, database,
          "INSERT INTO Book (title, writer_id) VALUES ('dangling', ?)");
      assertEquals(expected.size(), reshaping.count("SELECT COUNT(*) FROM Book"), "no book lost");
      assertTrue(expected.size() > BOOKS, "the writers inserted books");
      Reshaping.assertSameRows("release 3 reads on " + database, strings(expected),
          readAll(sessions3, code3));
      assertEquals(expected.values().stream().filter(row -> row.authorId() == null).count(),
          reshaping.count("SELECT COUNT(*) FROM Book WHERE writer_id IS NULL"));
    }
  }

  /**
   * Seeded books that no writer owns, written and read by the test itself after the backfill's
   * first batch, which reached none of them: the last ones seeded.
   */
  private static final class Probes {
    /** Seeded with an author, left alone: read from author_id while writer_id is still NULL. */
    private final long untouched;
    /** Release 1 gives it another author; the triggers copy it to writer_id. */
    private final long setByRelease1;
    /** Release 2's setter gives it another author, in both columns. */
    private final long setByRelease2;
    /** Release 2's setter takes its author away. */
    private final long clearedByRelease2;
    /** Seeded without an author. */
    private final long seededWithout;
    private final long untouchedAuthor;
    private final long setByRelease1Before;
    private final long newAuthorOfRelease1;
    private final long newAuthorOfRelease2;

    Probes(List<Long> seeded, List<Long> authors) {
      this.untouched = seeded.get(BOOKS - 1);
      this.setByRelease1 = seeded.get(BOOKS - 2);
      this.setByRelease2 = seeded.get(BOOKS - 3);
      this.clearedByRelease2 = seeded.get(BOOKS - 4);
      this.seededWithout = seeded.get(lastWithoutAuthor() - 1);
      this.untouchedAuthor = authors.get(authorIndex(BOOKS));
      this.setByRelease1Before = authors.get(authorIndex(BOOKS - 1));
      // Other authors than the books were seeded with.
      this.newAuthorOfRelease1 = authors.get((authorIndex(BOOKS - 1) + 1) % AUTHORS);
      this.newAuthorOfRelease2 = authors.get((authorIndex(BOOKS - 2) + 1) % AUTHORS);
    }

    Set<Long> ids() {
      return Set.of(untouched, setByRelease1, setByRelease2, clearedByRelease2, seededWithout);
    }

    long untouched() {
      return untouched;
    }

    Long untouchedAuthor() {
      return untouchedAuthor;
    }

    /**
     * Writes the probes as each release does and reads them back, by column and through release
     * 2's getter, into {@code found}; records what they must end with in {@code expected}.
     */
    void writeAndRead(DataSource dataSource, SessionFactory sessions1, BookRelease code1,
        SessionFactory sessions2, BookRelease code2, Map<Long, BookRelease.Row> expected,
        Map<String, String> found) {
      found.put("verified", String.valueOf(Transitions.readsNew(TRANSITION)));
      found.put("untouched columns", authorAndWriter(dataSource, untouched));
      found.put("untouched reads", String.valueOf(read(sessions2, code2, untouched)));
      found.put("release 1 sets: columns before", authorAndWriter(dataSource, setByRelease1));
      setAuthor(sessions1, code1, setByRelease1, newAuthorOfRelease1, expected);
      found.put("release 1 sets: columns", authorAndWriter(dataSource, setByRelease1));
      found.put("release 1 sets: reads", String.valueOf(read(sessions2, code2, setByRelease1)));
      setAuthor(sessions2, code2, setByRelease2, newAuthorOfRelease2, expected);
      found.put("release 2 sets: columns", authorAndWriter(dataSource, setByRelease2));
      found.put("release 2 sets: reads", String.valueOf(read(sessions2, code2, setByRelease2)));
      setAuthor(sessions2, code2, clearedByRelease2, null, expected);
      found.put("release 2 clears: columns", authorAndWriter(dataSource, clearedByRelease2));
      found.put("release 2 clears: reads",
          String.valueOf(read(sessions2, code2, clearedByRelease2)));
      found.put("seeded without: columns", authorAndWriter(dataSource, seededWithout));
      found.put("seeded without: reads", String.valueOf(read(sessions2, code2, seededWithout)));
    }

    Map<String, String> expectedDuringBackfill() {
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("verified", "false");
      // Not reached by the backfill: release 2 reads author_id.
      expected.put("untouched columns", untouchedAuthor + "|null");
      expected.put("untouched reads", String.valueOf(untouchedAuthor));
      expected.put("release 1 sets: columns before", setByRelease1Before + "|null");
      expected.put("release 1 sets: columns", newAuthorOfRelease1 + "|" + newAuthorOfRelease1);
      expected.put("release 1 sets: reads", String.valueOf(newAuthorOfRelease1));
      expected.put("release 2 sets: columns", newAuthorOfRelease2 + "|" + newAuthorOfRelease2);
      expected.put("release 2 sets: reads", String.valueOf(newAuthorOfRelease2));
      expected.put("release 2 clears: columns", "null|null");
      expected.put("release 2 clears: reads", "null");
      expected.put("seeded without: columns", "null|null");
      expected.put("seeded without: reads", "null");
      return expected;
    }

    private static int lastWithoutAuthor() {
      return BOOKS / NO_AUTHOR_EVERY * NO_AUTHOR_EVERY;
    }
  }

  /** Which seeded author the book seeded at {@code position} (from 1) has, when it has one. */
  private static int authorIndex(int position) {
    return position % AUTHORS;
  }

  /**
   * {@link #AUTHORS} authors and {@link #BOOKS} books as release 1 writes them, with titles and
   * names no quoting may change; fills {@code authors} and {@code seeded} with their ids in order
   * and returns each book's row.
   */
  private static Map<Long, BookRelease.Row> seed(Reshaping reshaping, BookRelease release1,
      List<Long> authors, List<Long> seeded) {
    Map<Long, BookRelease.Row> rows = new TreeMap<>();
    try (SessionFactory sessions = release1.release().sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      List<Object> written = new ArrayList<>();
      for (int i = 0; i < AUTHORS; i++) {
        Object author = release1.newAuthor("Ørjan O'Neil \"#" + i + "\" 作家");
        session.persist(author);
        written.add(author);
      }
      for (int i = 1; i <= BOOKS; i++) {
        Object book = release1.newBook(hostileTitle(i));
        release1.setAuthor(book, i % NO_AUTHOR_EVERY == 0 ? null : written.get(authorIndex(i)));
        session.persist(book);
        rows.put(release1.id(book), release1.row(book));
        seeded.add(release1.id(book));
      }
      transaction.commit();
      written.forEach(author -> authors.add(release1.authorId(author)));
    }
    return rows;
  }

  private static String hostileTitle(int i) {
    return "Book " + i + ": l'été \"ß\" ; DROP TABLE Book; -- %_\\ 𝄞 😀 混合 \t" + "é".repeat(i % 5);
  }

  private static BookWriter writer(Release release, BookRelease code, SessionFactory sessions,
      Map<Long, BookRelease.Row> expected, Probes probes, List<Long> authors, int parity,
      boolean clears) {
    List<Long> owned = expected.keySet().stream()
        .filter(id -> id % 2 == parity && !probes.ids().contains(id))
        .sorted()
        .toList();
    return new BookWriter(release, code, sessions, expected, owned, authors,
        31L * release.name().hashCode() + parity, clears);
  }

  /** Sets the book's author through the release's association and commits. */
  private static void setAuthor(SessionFactory sessions, BookRelease code, long book,
      Long author, Map<Long, BookRelease.Row> expected) {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object row = session.find(code.type("Book"), book);
      code.setAuthor(row, author == null ? null : session.getReference(code.type("Author"), author));
      transaction.commit();
      expected.put(book, new BookRelease.Row(author, code.title(row)));
    }
  }

  /** The id of the book's author, as the release's getter reads it; null for none. */
  private static Long read(SessionFactory sessions, BookRelease code, long book) {
    try (Session session = sessions.openSession()) {
      return code.row(session.find(code.type("Book"), book)).authorId();
    }
  }

  /** Every book, read through the release's getters. */
  private static Map<Long, String> readAll(SessionFactory sessions, BookRelease code) {
    Map<Long, String> rows = new TreeMap<>();
    try (Session session = sessions.openSession()) {
      for (Object book : session.createQuery("from Book", code.type("Book")).list()) {
        rows.put(code.id(book), code.row(book).toString());
      }
    }
    return rows;
  }

  private static Map<Long, String> strings(Map<Long, BookRelease.Row> rows) {
    Map<Long, String> strings = new TreeMap<>();
    rows.forEach((id, row) -> strings.put(id, row.toString()));
    return strings;
  }

  /** Every book as its columns say, the author being {@code authorColumn}. */
  private static Map<Long, String> columns(DataSource dataSource, String authorColumn)
      throws SQLException {
    Map<Long, String> rows = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT id, " + authorColumn + ", title FROM Book")) {
      while (rs.next()) {
        long id = rs.getLong(1);
        long author = rs.getLong(2);
        Long authorId = rs.wasNull() ? null : author;
        rows.put(id, new BookRelease.Row(authorId, rs.getString(3)).toString());
      }
    }
    return rows;
  }

  /** Books whose author_id and writer_id differ (one of them NULL counts). */
  private static List<String> disagreeing(DataSource dataSource) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT id, author_id, writer_id FROM Book")) {
      while (rs.next()) {
        Object author = rs.getObject(2);
        Object writer = rs.getObject(3);
        String authorId = author == null ? null : String.valueOf(((Number) author).longValue());
        String writerId = writer == null ? null : String.valueOf(((Number) writer).longValue());
        if (!Objects.equals(authorId, writerId)) {
          rows.add("book " + rs.getLong(1) + ": " + authorId + "|" + writerId);
        }
      }
    }
    return rows;
  }

  /** The book's author_id and writer_id: "17|null". */
  private static String authorAndWriter(DataSource dataSource, long book) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT author_id, writer_id FROM Book WHERE id = ?")) {
      select.setLong(1, book);
      try (ResultSet rs = select.executeQuery()) {
        assertTrue(rs.next(), "book " + book + " exists");
        return rs.getObject(1) + "|" + rs.getObject(2);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Book's foreign keys, one {@code [column] -> table[column]} per key column, in lower case;
   * JDBC's own rows, as SQLite names no inline foreign key.
   */
  private static Set<String> foreignKeysOfBook(DataSource dataSource, TestDatabase database)
      throws SQLException {
    Set<String> keys = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.getMetaData().getImportedKeys(connection.getCatalog(), null,
            bookTable(database))) {
      while (rs.next()) {
        keys.add(("[" + rs.getString("FKCOLUMN_NAME") + "] -> " + rs.getString("PKTABLE_NAME")
            + "[" + rs.getString("PKCOLUMN_NAME") + "]").toLowerCase(Locale.ROOT));
      }
    }
    return keys;
  }

  private static List<String> columnsOfBook(DataSource dataSource, TestDatabase database)
      throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), null,
            bookTable(database), null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(columns);
  }

  /** The table's name as the database keeps it: PostgreSQL folds unquoted names to lower case. */
  private static String bookTable(TestDatabase database) {
    return database == TestDatabase.POSTGRESQL ? "book" : "Book";
  }

  /**
   * {@code insert} (its one parameter the writer_id) with an author that does not exist is
   * refused by writer_id's foreign key. On SQLite only where a connection turns
   * {@code foreign_keys} on: the tests' data source leaves it off, as SQLite does, and there the
   * row is taken (and rolled back here).
   */
  private static void assertWriterForeignKeyHolds(DataSource dataSource, TestDatabase database,
      String insert) throws SQLException {
    long missing;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT MAX(id) + 1000 FROM Author")) {
      rs.next();
      missing = rs.getLong(1);
    }
    if (database == TestDatabase.SQLITE) {
      assertEquals(0, sqliteForeignKeys(dataSource), "the tests' SQLite connections");
      assertNull(refusal(dataSource, false, insert, missing),
          "SQLite takes any writer_id while foreign_keys is off");
      SQLException refused = refusal(dataSource, true, insert, missing);
      assertNotNull(refused, "refused with foreign_keys on");
      assertTrue(refused.getMessage().contains("FOREIGN KEY constraint failed"),
          refused.getMessage());
      return;
    }
    SQLException refused = refusal(dataSource, false, insert, missing);
    assertNotNull(refused, "a writer_id that references no author is refused");
    if (database == TestDatabase.POSTGRESQL) {
      assertEquals("23503", refused.getSQLState(), refused.getMessage());
      assertTrue(refused.getMessage().contains("\"book_writer_id_fkey\""), refused.getMessage());
    } else {
      assertEquals(1452, refused.getErrorCode(), refused.getMessage());
      assertTrue(refused.getMessage().contains("`Book_writer_id_fkey`"), refused.getMessage());
    }
  }

  /** Runs {@code insert} and rolls it back; what refused it, or null if it was taken. */
  private static SQLException refusal(DataSource dataSource, boolean sqliteForeignKeys,
      String insert, long writer) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (sqliteForeignKeys) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("PRAGMA foreign_keys = ON"); // outside a transaction, or ignored
        }
      }
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(insert)) {
        statement.setLong(1, writer);
        statement.executeUpdate();
        return null;
      } catch (SQLException e) {
        return e;
      } finally {
        connection.rollback();
      }
    }
  }

  private static long sqliteForeignKeys(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
