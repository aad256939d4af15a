package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.AccordionException;
import dev.accordion.Resolution;
import dev.accordion.StatusReport;
import dev.accordion.Transitions;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The promise under every transition: an old value changes only when a writer changes it, and a
 * row whose old value would not survive the contract is counted, named by key, and keeps the
 * contract waiting. Each case is a row the committed reshapings meet in real data: names that do
 * not split back, a missing part, text that is no UUID, keys at the ends of their type, an
 * expand whose history row was lost.
 */
class OriginalValuesTest {

  private static final String LONG_FIRST = "A".repeat(200);
  private static final String LONG_LAST = "B".repeat(200);

  @TempDir Path temp;

  /**
   * Release 1's people, as the combine-split reshaping meets them: a name and a place that come
   * back whole, one of each that does not, missing parts, unicode, the ends of the key's type.
   */
  private Map<Long, List<String>> releaseOnePeople(Reshaping reshaping) throws Exception {
    reshaping.compile(1);
    reshaping.accordion().build().migrate();
    Map<Long, List<String>> written = new TreeMap<>();
    insertPerson(reshaping, written, 1, "Ada", "Lovelace", "Paris/FR");
    insertPerson(reshaping, written, 2, "Mary Ann", "Smith", "Rio/de/Janeiro");
    insertPerson(reshaping, written, 3, null, "Smith", null);
    insertPerson(reshaping, written, 4, "Cher", null, null);
    insertPerson(reshaping, written, 5, null, null, null);
    insertPerson(reshaping, written, 6, "Zoë", "Ünal", "Köln/DE");
    insertPerson(reshaping, written, Long.MIN_VALUE, "Min", "Key", "Quito/EC");
    insertPerson(reshaping, written, Long.MAX_VALUE, "Max", "Key", "Accra/GH");
    reshaping.compile(2);
    return written;
  }

  private static Map<Long, List<String>> oldSides(Reshaping reshaping) throws SQLException {
    return rows(reshaping.dataSource(), "SELECT id, firstName, lastName, location FROM Person");
  }

  /**
   * The backfill writes the new side only, and a trigger's own write fires none of the
   * transition's triggers: every old value stays as written, through the expand and an older
   * release's writes after it, even where the transform does not give it back.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theBackfillAndTheTriggersLeaveOldValuesAsWritten(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("combine-split", "Person", database, temp)) {
      Map<Long, List<String>> written = releaseOnePeople(reshaping);

      reshaping.accordion().build().migrate();
      insertPerson(reshaping, written, 100, "Mary Ann", "Smith", "Rio/de/Janeiro");
      reshaping.execute("UPDATE Person SET firstName = 'Anne Marie', lastName = NULL WHERE id = 1");
      written.put(1L, Arrays.asList("Anne Marie", null, "Paris/FR"));

      assertEquals(written, oldSides(reshaping), "old values as written");
    }
  }

  /**
   * A name with a missing part combines to no full name: the contract would lose the part that
   * is there, so verification counts the row; so are names and places that do not come back
   * whole. The count is exactly the rows the contract would lose.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void verificationCountsEveryRowTheContractWouldLose(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("combine-split", "Person", database, temp)) {
      Map<Long, List<String>> written = releaseOnePeople(reshaping);

      StatusReport expanded = reshaping.accordion().build().migrate();
      insertPerson(reshaping, written, 100, "Mary Ann", "Smith", "Rio/de/Janeiro");
      reshaping.execute("UPDATE Person SET firstName = 'Anne Marie', lastName = NULL WHERE id = 1");
      StatusReport verified = reshaping.accordion().build().verify();

      boolean sqlite = database == TestDatabase.SQLITE;
      // Row 2's name does not split back, rows 3 and 4 have a part no full name keeps.
      // "Rio/de/Janeiro" splits at the first slash on SQLite and comes back whole; the other
      // databases keep one of its last two parts.
      assertEquals(3, mismatches(expanded, "Person.fullName"), expanded.render());
      assertEquals(sqlite ? 0 : 1, mismatches(expanded, "Person.city"), expanded.render());
      // The older release's writes since: row 100 as row 2, and row 1 without a last name.
      assertEquals(5, mismatches(verified, "Person.fullName"), verified.render());
      assertEquals(sqlite ? 0 : 2, mismatches(verified, "Person.city"), verified.render());
      assertTrue(!Transitions.readsNew("Person.fullName"), "reads stay on the old side");
    }
  }

  /** The walk includes the smallest key of its type, and the largest. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theSmallestAndTheLargestKeysAreWalked(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("combine-split", "Person", database, temp)) {
      releaseOnePeople(reshaping);

      reshaping.accordion().build().migrate();

      assertEquals("Min Key",
          text(reshaping, "SELECT fullName FROM Person WHERE id = " + Long.MIN_VALUE));
      assertEquals("Max Key",
          text(reshaping, "SELECT fullName FROM Person WHERE id = " + Long.MAX_VALUE));
    }
  }

  /** The contract is refused while rows would lose their old value, naming them by key. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theContractNamesTheRowsItWouldLose(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("combine-split", "Person", database, temp)) {
      Map<Long, List<String>> written = releaseOnePeople(reshaping);
      reshaping.accordion().build().migrate();
      reshaping.compile(3);

      AccordionException refused = assertThrows(AccordionException.class,
          () -> reshaping.accordion().build().complete());

      for (long key : new long[] {2, 3, 4}) {
        assertTrue(refused.getMessage().contains("id=" + key + ","),
            "the refusal names row " + key + ": " + refused.getMessage());
      }
      assertTrue(refused.getMessage().contains("write its new value"), refused.getMessage());
      assertEquals(written, oldSides(reshaping), "nothing dropped");
    }
  }

  /**
   * Two names together longer than the new column (on the servers, which enforce lengths): the
   * backfill leaves the row, names it and carries on, and verification counts it.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aValueTooLongForTheNewColumnStopsNoBackfill(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("combine-split", "Person", database, temp)) {
      reshaping.compile(1);
      reshaping.accordion().build().migrate();
      Map<Long, List<String>> written = new TreeMap<>();
      insertPerson(reshaping, written, 1, "Ada", "Lovelace", "Paris/FR");
      insertPerson(reshaping, written, 2, LONG_FIRST, LONG_LAST, "Lima/PE");
      insertPerson(reshaping, written, 3, "Grace", "Hopper", "Quito/EC");
      reshaping.compile(2);

      StatusReport expanded = reshaping.accordion().build().migrate();

      boolean sqlite = database == TestDatabase.SQLITE;
      assertEquals(sqlite ? 0 : 1, mismatches(expanded, "Person.fullName"), expanded.render());
      assertEquals(sqlite ? LONG_FIRST + " " + LONG_LAST : null,
          text(reshaping, "SELECT fullName FROM Person WHERE id = 2"));
      assertEquals("Grace Hopper", text(reshaping, "SELECT fullName FROM Person WHERE id = 3"));
      assertEquals(written, oldSides(reshaping));
    }
  }

  /**
   * A value the converter cannot turn into a UUID leaves the new side empty and counts, instead
   * of failing the backfill or an older release's write; text that converts but does not come
   * back the same (upper case, braces, no hyphens) counts too.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aValueTheTransformCannotConvertFailsNoWrite(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("type-change", "Reading", database, temp)) {
      reshaping.compile(1);
      reshaping.accordion().build().migrate();
      String canonical = "0f8fad5b-d9cb-469f-a165-70867728950e";
      Map<Long, List<String>> written = new TreeMap<>();
      insertReading(reshaping, written, 1, canonical);
      insertReading(reshaping, written, 2, canonical.toUpperCase(java.util.Locale.ROOT));
      insertReading(reshaping, written, 3, "{" + canonical + "}");
      insertReading(reshaping, written, 4, canonical.replace("-", ""));
      insertReading(reshaping, written, 5, "not-a-uuid");
      insertReading(reshaping, written, 6, null);
      reshaping.compile(2);

      StatusReport expanded = reshaping.accordion().build().migrate();

      assertEquals(4, mismatches(expanded, "Reading.reference"), expanded.render());
      insertReading(reshaping, written, 7, "still-not-a-uuid");
      reshaping.execute("UPDATE Reading SET ref = 'nope' WHERE id = 6");
      written.put(6L, List.of("nope"));
      assertEquals(written, rows(reshaping.dataSource(), "SELECT id, ref FROM Reading"));
      StatusReport verified = reshaping.accordion().build().verify();
      assertEquals(6, mismatches(verified, "Reading.reference"), verified.render());
    }
  }

  /** Two names together longer than the new column: the old release's write still succeeds. */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anOldReleaseWriteTooLongForTheNewColumnSucceeds(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("combine-split", "Person", database, temp)) {
      reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.compile(2);
      reshaping.accordion().build().migrate();
      Map<Long, List<String>> written = new TreeMap<>();

      insertPerson(reshaping, written, 1, LONG_FIRST, LONG_LAST, "Lima/PE");
      reshaping.execute("UPDATE Person SET lastName = '" + LONG_LAST + "x' WHERE id = 1");
      written.put(1L, Arrays.asList(LONG_FIRST, LONG_LAST + "x", "Lima/PE"));

      assertEquals(written, oldSides(reshaping));
    }
  }

  /**
   * An expand whose history row is gone (a restore, a hand edit) is not run again over the
   * schema it made: the boot refuses and names {@code resolve}, which records it as applied.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anExpandWhoseHistoryRowIsMissingIsNotAppliedTwice(TestDatabase database) throws Exception {
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      Path migrations = temp.resolve("migrations");
      Accordion accordion = Accordion.builder().dataSource(fresh.dataSource())
          .directory(migrations).contractsAtBoot(false).batchSizeOverride(10)
          .backfillPause(Duration.ZERO).build();
      Releases.compile(1, migrations, temp.resolve("build"));
      accordion.migrate();
      execute(fresh.dataSource(), "INSERT INTO Post (title, content, published) VALUES "
          + "('one', 'x', false), ('two', 'y', true)");
      Releases.compile(2, migrations, temp.resolve("build"));
      StatusReport expanded = accordion.migrate();
      String version = expanded.migrations().stream()
          .filter(m -> "Post.status".equals(m.transition()) && m.kind().equals("expand"))
          .findFirst().orElseThrow().version();
      execute(fresh.dataSource(), "UPDATE Post SET status = 'Draft' WHERE title = 'one'");
      execute(fresh.dataSource(), "DELETE FROM accordion_history WHERE version = '" + version + "'");

      AccordionException refused = assertThrows(AccordionException.class, accordion::migrate);

      assertTrue(refused.getMessage().contains("resolve"), refused.getMessage());
      assertTrue(refused.getMessage().contains(version.replace('.', '_')), refused.getMessage());
      assertEquals("Draft", text(fresh.dataSource(), "SELECT status FROM Post WHERE title = 'one'"));

      accordion.resolve(version, Resolution.APPLIED);
      StatusReport resumed = accordion.migrate();

      assertEquals("Draft", text(fresh.dataSource(), "SELECT status FROM Post WHERE title = 'one'"));
      assertEquals(0, mismatches(resumed, "Post.status"), resumed.render());
    }
  }

  // ---- helpers

  private static void insertPerson(Reshaping reshaping, Map<Long, List<String>> written, long id,
      String first, String last, String location) throws SQLException {
    try (Connection connection = reshaping.dataSource().getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO Person (id, label, firstName, lastName, location) VALUES (?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, "row " + id);
      insert.setString(3, first);
      insert.setString(4, last);
      insert.setString(5, location);
      insert.executeUpdate();
    }
    written.put(id, Arrays.asList(first, last, location));
  }

  private static void insertReading(Reshaping reshaping, Map<Long, List<String>> written, long id,
      String ref) throws SQLException {
    try (Connection connection = reshaping.dataSource().getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO Reading (id, label, views, ref) VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, "row " + id);
      insert.setInt(3, (int) id);
      insert.setString(4, ref);
      insert.executeUpdate();
    }
    written.put(id, Arrays.asList(ref));
  }

  /** Each row by its first column, a key, with the rest as text. */
  static Map<Long, List<String>> rows(DataSource dataSource, String sql) throws SQLException {
    Map<Long, List<String>> rows = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet result = query.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 2; i <= columns; i++) {
          values.add(result.getString(i));
        }
        rows.put(result.getLong(1), values);
      }
    }
    return rows;
  }

  private static String text(Reshaping reshaping, String sql) throws SQLException {
    return text(reshaping.dataSource(), sql);
  }

  private static String text(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql);
        ResultSet result = query.executeQuery()) {
      return result.next() ? result.getString(1) : null;
    }
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }

  /** The recorded verification of {@code transition}'s expand. */
  private static long mismatches(StatusReport report, String transition) {
    return report.migrations().stream()
        .filter(m -> transition.equals(m.transition()) && m.kind().equals("expand"))
        .findFirst().orElseThrow().verification().mismatches();
  }
}
