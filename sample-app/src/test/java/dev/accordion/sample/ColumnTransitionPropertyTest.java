package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accordion.Accordion;
import dev.accordion.AccordionException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise of every column transition, as a property of random rows: copy, value map,
 * converter, combine, split and type change, on each database, through the committed
 * reshapings' own migrations. Release 1 seeds rows with hostile values (NULLs, empty and blank
 * text, unicode, the longest text, values the transform cannot convert or give back) under keys
 * at both ends of their type; then, while release 2's expands apply and backfill, a release-1
 * writer rewrites the old side and inserts rows, and a release-2 writer writes the new side as
 * the generated accessors do, or alone as raw SQL does. Afterwards:
 *
 * <ul>
 *   <li>every old value is what a writer last wrote there (or what a new-side write implies);
 *   <li>verification counts exactly the rows whose old value would not survive the contract, by
 *       a model of each database's SQL written in Java, and reads stay on the old side unless
 *       it counts zero;
 *   <li>the contract is refused while the count is not zero, and nothing is dropped;
 *   <li>once the rows are fixed as the refusal says, the contract runs, and every row holds what
 *       was last written: the new side as written, or the conversion of the old side, whose
 *       value it gives back.
 * </ul>
 *
 * Each run's seed is in its name; {@code -Daccordion.property.seed=<n>} replays one.
 */
class ColumnTransitionPropertyTest {

  private static final int SEEDED_ROWS = 150;
  /** Writes each writer makes after the migrate returned, at least. */
  private static final int WRITES_AFTER_MIGRATE = 40;
  private static final long KEYS_INSERTED_FROM = 2_000_000_000_000_000L;

  @TempDir Path temp;

  /** A table of a reshaping, the columns an insert must give besides the old sides, its transitions. */
  record Table(String name, Map<String, String> required, List<ColumnModel> models) {}

  /** A reshaping whose releases 1 to 3 expand and contract the transitions of its tables. */
  record Reshape(String name, List<Table> tables) {
    Release compile(int number, Path migrations, Path work) throws Exception {
      return name.equals("lifecycle")
          ? Releases.compile(number, migrations, work)
          : Release.compile(name + "-release" + number,
              Reshaping.SOURCES.resolve(name).resolve("release" + number), migrations,
              "2026010" + number + "120000", work);
    }
  }

  private static final List<Reshape> RESHAPES = List.of(
      new Reshape("lifecycle", List.of(
          new Table("Post", Map.of("title", "a post"),
              List.of(new ColumnModel.ValueMap("Post.status", "Post", "published", "status"))),
          new Table("Profile", Map.of(),
              List.of(new ColumnModel.Copy("Profile.biography", "Profile", "bio", "biography"))))),
      new Reshape("type-change", List.of(
          new Table("Reading", Map.of("label", "a reading"), List.of(
              new ColumnModel.Widen("Reading.viewCount", "Reading", "views", "viewCount"),
              new ColumnModel.TextToUuid("Reading.reference", "Reading", "ref", "reference"))))),
      new Reshape("combine-split", List.of(
          new Table("Person", Map.of("label", "a person"), List.of(
              new ColumnModel.Combine("Person.fullName", "Person"),
              new ColumnModel.Split("Person.city", "Person"))))));

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (Reshape reshape : RESHAPES) {
      for (TestDatabase database : TestDatabase.values()) {
        runs.add(Arguments.of(reshape.name(), database,
            PropertyData.seed(reshape.name(), database)));
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0} on {1}, seed {2}")
  @MethodSource("runs")
  void noOldValueIsLostOrRewritten(String reshapeName, TestDatabase database, long seed)
      throws Exception {
    Reshape reshape = RESHAPES.stream().filter(r -> r.name().equals(reshapeName)).findFirst()
        .orElseThrow();
    Path migrations = temp.resolve("migrations");
    Path work = temp.resolve("build");
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      Run run = new Run(reshape, database, fresh, migrations, seed);
      reshape.compile(1, migrations, work);
      run.accordion().build().migrate();
      run.seed();
      reshape.compile(2, migrations, work);

      run.migrateWithWritersOfBothReleases();

      run.assertRowsAsWritten("after the expand");
      Map<String, Long> expected = run.expectedMismatches();
      StatusReport verified = run.accordion().build().verify();
      for (ColumnModel model : run.models()) {
        assertEquals(expected.get(model.transition()), mismatches(verified, model.transition()),
            run.describe(model.transition() + ": verification counts exactly the rows that would"
                + " lose their old value"));
        assertEquals(expected.get(model.transition()) == 0, Transitions.readsNew(model.transition()),
            run.describe(model.transition() + ": reads move to the new side only when verified"));
      }
      run.assertNewSides();

      reshape.compile(3, migrations, work);
      if (expected.values().stream().anyMatch(count -> count > 0)) {
        assertThrows(AccordionException.class, () -> run.accordion().build().complete(),
            run.describe("the contract is refused while rows would lose their old value"));
        // Contracts apply in order until one is refused: the ones verified at zero may be done.
        run.assertRowsAsWritten("after the refused contract",
            transition -> expected.get(transition) > 0);
        run.fixMismatches(transition -> expected.get(transition) > 0);
        StatusReport fixed = run.accordion().build().verify();
        for (ColumnModel model : run.models()) {
          assertEquals(0, mismatches(fixed, model.transition()), run.describe(model.transition()
              + ": fixed as the refusal says, every row agrees"));
        }
      }
      run.accordion().build().complete();
      run.assertContracted();
      run.report();
    }
  }

  private static long mismatches(StatusReport report, String transition) {
    return report.migrations().stream()
        .filter(m -> transition.equals(m.transition()) && m.kind().equals("expand"))
        .findFirst().orElseThrow().verification().mismatches();
  }

  /** How a row's side of a transition came to be what it is. */
  enum Last {
    /** Written by release 1 and never since: the database derived the new side from it. */
    OLD_ONLY,
    /** Release 1 wrote the old side over a new side another write had set. */
    OLD,
    /** Release 2 wrote the new side (and the old side beside it, or the triggers did). */
    NEW
  }

  /** What the writers last wrote to one transition of one row. */
  record Written(List<String> olds, List<String> news, Last last) {}

  /** One run: the database, the rows as written, the writers. */
  private static final class Run {
    private final Reshape reshape;
    private final TestDatabase database;
    private final DataSource migrator;
    private final DataSource writers;
    private final Path migrations;
    private final long seed;
    /** Table to key to transition to what was written. */
    private final Map<String, Map<Long, Map<String, Written>>> rows = new LinkedHashMap<>();
    /** Transitions whose expand is applied: release 2 writes only those. */
    private final Set<String> live = ConcurrentHashMap.newKeySet();
    private int retried;
    private int oldWrites;
    private int newWrites;

    Run(Reshape reshape, TestDatabase database, TestDatabase.Fresh fresh, Path migrations,
        long seed) {
      this.reshape = reshape;
      this.database = database;
      this.migrator = fresh.dataSource();
      this.writers = fresh.writerDataSource();
      this.migrations = migrations;
      this.seed = seed;
      for (Table table : reshape.tables()) {
        rows.put(table.name(), new ConcurrentHashMap<>());
      }
    }

    Accordion.Builder accordion() {
      return Accordion.builder().dataSource(migrator).directory(migrations).contractsAtBoot(false)
          .batchSizeOverride(8).backfillPause(Duration.ofMillis(1));
    }

    List<ColumnModel> models() {
      return reshape.tables().stream().flatMap(t -> t.models().stream()).toList();
    }

    String describe(String what) {
      return what + " (" + reshape.name() + " on " + database + ", seed " + seed + ")";
    }

    // ---- writes

    /** Release 1's rows, keys at both ends of the key's type among them. */
    void seed() throws SQLException {
      Random random = new Random(seed);
      List<Long> keys = PropertyData.keys(random, database, SEEDED_ROWS);
      try (Connection connection = migrator.getConnection()) {
        for (Table table : reshape.tables()) {
          for (long key : keys) {
            insert(connection, table, key, random);
          }
        }
      }
    }

    private void insert(Connection connection, Table table, long key, Random random)
        throws SQLException {
      List<String> columns = new ArrayList<>(List.of("id"));
      columns.addAll(table.required().keySet());
      Map<String, List<String>> olds = new LinkedHashMap<>();
      for (ColumnModel model : table.models()) {
        columns.addAll(model.oldColumns());
        olds.put(model.transition(), model.oldValue(random));
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name()
          + " (" + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.size() - 1)
          + "?)")) {
        int index = 1;
        insert.setLong(index++, key);
        for (String value : table.required().values()) {
          insert.setString(index++, value);
        }
        for (ColumnModel model : table.models()) {
          List<String> values = olds.get(model.transition());
          for (int i = 0; i < values.size(); i++) {
            ColumnModel.bind(insert, index++, model.oldTypes().get(i), values.get(i), database);
          }
        }
        insert.executeUpdate();
      }
      Map<String, Written> written = new ConcurrentHashMap<>();
      for (ColumnModel model : table.models()) {
        written.put(model.transition(), new Written(olds.get(model.transition()), null,
            Last.OLD_ONLY));
      }
      rows.get(table.name()).put(key, written);
    }

    /**
     * Release 2's expands apply and backfill while a release-1 writer writes the rows with even
     * keys and a release-2 writer those with odd keys, each transition once its expand is
     * applied; both go on for a while after the migrate returned.
     */
    void migrateWithWritersOfBothReleases() throws Exception {
      PropertyWriter old = new PropertyWriter("release 1", writers, this::writeOld, seed + 1);
      PropertyWriter current = new PropertyWriter("release 2", writers, this::writeNew, seed + 2);
      old.start();
      current.start();
      accordion().afterBatch(progress -> live.add(progress.transition())).build().migrate();
      for (ColumnModel model : models()) {
        live.add(model.transition());
      }
      old.runAtLeast(WRITES_AFTER_MIGRATE);
      current.runAtLeast(WRITES_AFTER_MIGRATE);
      oldWrites = old.stop(describe("release 1"));
      newWrites = current.stop(describe("release 2"));
      retried = old.retries() + current.retries();
    }

    private long nextInsertedKey = KEYS_INSERTED_FROM;

    /** Release 1: the old side of a row rewritten, a row inserted, or a row deleted. */
    private void writeOld(Connection connection, Random random) throws SQLException {
      Table table = reshape.tables().get(random.nextInt(reshape.tables().size()));
      Map<Long, Map<String, Written>> tableRows = rows.get(table.name());
      int choice = random.nextInt(20);
      if (choice < 3) {
        insert(connection, table, nextInsertedKey, random);
        nextInsertedKey += 2;
        return;
      }
      Long key = ownedKey(tableRows, 0, random);
      if (key == null) {
        return;
      }
      if (choice == 3) {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM " + table.name() + " WHERE id = ?")) {
          delete.setLong(1, key);
          delete.executeUpdate();
        }
        tableRows.remove(key);
        return;
      }
      ColumnModel model = table.models().get(random.nextInt(table.models().size()));
      if (choice < 6) {
        // An entity saved with every column, this one unchanged: nothing changes, whatever the
        // transform would make of the old side.
        update(connection, table.name(), key, model.oldColumns(), model.oldTypes(),
            tableRows.get(key).get(model.transition()).olds(), "");
        return;
      }
      List<String> olds = model.oldValue(random);
      update(connection, table.name(), key, model.oldColumns(), model.oldTypes(), olds, "");
      tableRows.get(key).put(model.transition(), new Written(olds, null, Last.OLD));
    }

    /**
     * Release 2: the new side of a row, with the old side beside it as the accessors write it,
     * or alone as raw SQL writes it (the triggers then give the old side what it implies).
     */
    private void writeNew(Connection connection, Random random) throws SQLException {
      Table table = reshape.tables().get(random.nextInt(reshape.tables().size()));
      List<ColumnModel> writable = table.models().stream()
          .filter(m -> live.contains(m.transition())).toList();
      if (writable.isEmpty()) {
        return;
      }
      Map<Long, Map<String, Written>> tableRows = rows.get(table.name());
      Long key = ownedKey(tableRows, 1, random);
      if (key == null) {
        return;
      }
      ColumnModel model = writable.get(random.nextInt(writable.size()));
      Written written = tableRows.get(key).get(model.transition());
      if (random.nextInt(6) == 0 && written.olds().stream().anyMatch(v -> v != null)) {
        // A stale save: an entity loaded before the backfill came by, saved with every column,
        // the old side unchanged and the new side NULL. It changes neither.
        List<String> columns = new ArrayList<>(model.oldColumns());
        columns.addAll(model.newColumns());
        List<ColumnModel.Type> types = new ArrayList<>(model.oldTypes());
        types.addAll(model.newTypes());
        List<String> values = new ArrayList<>(written.olds());
        model.newColumns().forEach(c -> values.add(null));
        update(connection, table.name(), key, columns, types, values, "");
        return;
      }
      List<String> news = model.newValue(database, random);
      if (random.nextInt(4) == 0) {
        Written before = tableRows.get(key).get(model.transition());
        if (news.stream().anyMatch(v -> v != null)) {
          update(connection, table.name(), key, model.newColumns(), model.newTypes(), news, "");
          tableRows.get(key).put(model.transition(),
              new Written(model.down(database, news), news, Last.NEW));
        } else if (database == TestDatabase.MARIADB) {
          // MariaDB's triggers cannot tell a new side cleared alone from the stale save of an
          // entity loaded before the backfill came by: they refill it from the old side, which
          // stays (docs/limits.md).
          update(connection, table.name(), key, model.newColumns(), model.newTypes(), news, "");
          tableRows.get(key).put(model.transition(), new Written(before.olds(), null, Last.OLD_ONLY));
        } else if (update(connection, table.name(), key, model.newColumns(), model.newTypes(),
            news, " AND (" + String.join(" IS NOT NULL OR ", model.newColumns())
                + " IS NOT NULL)") == 1) {
          // The new side cleared alone, as the contract's release clears it: the old side
          // follows. Where the backfill has not filled the new side yet, nothing changes.
          tableRows.get(key).put(model.transition(),
              new Written(model.down(database, news), news, Last.NEW));
        }
      } else {
        List<String> olds = model.accessorOld(news);
        List<String> columns = new ArrayList<>(model.newColumns());
        columns.addAll(model.oldColumns());
        List<ColumnModel.Type> types = new ArrayList<>(model.newTypes());
        types.addAll(model.oldTypes());
        List<String> values = new ArrayList<>(news);
        values.addAll(olds);
        update(connection, table.name(), key, columns, types, values, "");
        tableRows.get(key).put(model.transition(), new Written(olds, news, Last.NEW));
      }
    }

    /** Updates row {@code key} where {@code condition} holds too; returns the rows updated. */
    private int update(Connection connection, String table, long key, List<String> columns,
        List<ColumnModel.Type> types, List<String> values, String condition) throws SQLException {
      StringBuilder sql = new StringBuilder("UPDATE " + table + " SET ");
      for (int i = 0; i < columns.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = ?");
      }
      sql.append(" WHERE id = ?").append(condition);
      try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < columns.size(); i++) {
          ColumnModel.bind(update, i + 1, types.get(i), values.get(i), database);
        }
        update.setLong(columns.size() + 1, key);
        return update.executeUpdate();
      }
    }

    /** A key of {@code parity} among the rows, or null when there is none. */
    private static Long ownedKey(Map<Long, Map<String, Written>> rows, int parity, Random random) {
      List<Long> owned = rows.keySet().stream().filter(k -> Math.floorMod(k, 2) == parity)
          .sorted().toList();
      return owned.isEmpty() ? null : owned.get(random.nextInt(owned.size()));
    }

    /**
     * The rows verification counts, per the model, of the transitions {@code counted} accepts:
     * each written again, its new side a value that comes back whole, alone, so the triggers
     * give the old side what it implies.
     */
    void fixMismatches(java.util.function.Predicate<String> counted) throws SQLException {
      Random random = new Random(seed + 3);
      try (Connection connection = migrator.getConnection()) {
        for (Table table : reshape.tables()) {
          for (ColumnModel model : table.models()) {
            if (!counted.test(model.transition())) {
              continue;
            }
            for (Map.Entry<Long, List<List<String>>> row : read(table, model).entrySet()) {
              if (!model.survives(database, row.getValue().get(0), row.getValue().get(1))) {
                List<String> news = model.newValue(database, random);
                update(connection, table.name(), row.getKey(), model.newColumns(),
                    model.newTypes(), news, "");
                rows.get(table.name()).get(row.getKey()).put(model.transition(),
                    new Written(model.down(database, news), news, Last.NEW));
              }
            }
          }
        }
      }
    }

    // ---- checks

    /** Key to the old side and the new side of {@code model}, as the database holds them. */
    private Map<Long, List<List<String>>> read(Table table, ColumnModel model)
        throws SQLException {
      return read(table, model, true);
    }

    private Map<Long, List<List<String>>> read(Table table, ColumnModel model, boolean withOld)
        throws SQLException {
      List<String> columns = new ArrayList<>();
      if (withOld) {
        columns.addAll(model.oldColumns());
      }
      columns.addAll(model.newColumns());
      Map<Long, List<List<String>>> found = new TreeMap<>();
      try (Connection connection = migrator.getConnection();
          PreparedStatement query = connection.prepareStatement("SELECT id, "
              + String.join(", ", columns) + " FROM " + table.name());
          ResultSet result = query.executeQuery()) {
        while (result.next()) {
          int index = 2;
          List<String> olds = new ArrayList<>();
          if (withOld) {
            for (ColumnModel.Type type : model.oldTypes()) {
              olds.add(ColumnModel.read(result, index++, type, database));
            }
          }
          List<String> news = new ArrayList<>();
          for (ColumnModel.Type type : model.newTypes()) {
            news.add(ColumnModel.read(result, index++, type, database));
          }
          found.put(result.getLong(1), List.of(olds, news));
        }
      }
      return found;
    }

    /** No row lost or added, and every old side as a writer left it. */
    void assertRowsAsWritten(String when) throws SQLException {
      assertRowsAsWritten(when, transition -> true);
    }

    /** As {@link #assertRowsAsWritten(String)}, for the transitions {@code still} accepts. */
    void assertRowsAsWritten(String when, java.util.function.Predicate<String> still)
        throws SQLException {
      for (Table table : reshape.tables()) {
        Map<Long, Map<String, Written>> expected = rows.get(table.name());
        for (ColumnModel model : table.models()) {
          if (!still.test(model.transition())) {
            continue;
          }
          Map<Long, List<List<String>>> found = read(table, model);
          assertEquals(new TreeMap<>(expected).keySet(), found.keySet(),
              describe(table.name() + " " + when + ": every row written is there, no other"));
          List<String> differences = new ArrayList<>();
          for (Map.Entry<Long, List<List<String>>> row : found.entrySet()) {
            List<String> olds = expected.get(row.getKey()).get(model.transition()).olds();
            if (!olds.equals(row.getValue().get(0))) {
              differences.add(row.getKey() + ": wrote " + olds + ", found " + row.getValue().get(0));
            }
          }
          assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())),
              describe(model.transition() + " " + when + ": " + differences.size()
                  + " old values changed by no writer"));
        }
      }
    }

    Map<String, Long> expectedMismatches() throws SQLException {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Table table : reshape.tables()) {
        for (ColumnModel model : table.models()) {
          counts.put(model.transition(), read(table, model).values().stream()
              .filter(row -> !model.survives(database, row.get(0), row.get(1))).count());
        }
      }
      return counts;
    }

    /**
     * New sides as written: a release-2 write stays, and the database filled a row release 1
     * wrote last with the conversion of its old side.
     */
    void assertNewSides() throws SQLException {
      assertNewSides(true);
    }

    private void assertNewSides(boolean oldSideThere) throws SQLException {
      for (Table table : reshape.tables()) {
        for (ColumnModel model : table.models()) {
          List<String> differences = new ArrayList<>();
          for (Map.Entry<Long, List<List<String>>> row : read(table, model, oldSideThere)
              .entrySet()) {
            Written written = rows.get(table.name()).get(row.getKey()).get(model.transition());
            List<String> news = row.getValue().get(1);
            String problem = switch (written.last()) {
              case NEW -> news.equals(written.news()) ? null : "wrote " + written.news();
              case OLD_ONLY -> news.equals(model.up(database, written.olds())) ? null
                  : "expected the conversion " + model.up(database, written.olds()) + " of "
                      + written.olds();
              case OLD -> oldSideThere || model.survives(database, written.olds(), news) ? null
                  : "does not give back " + written.olds();
            };
            if (problem != null) {
              differences.add(row.getKey() + ": " + problem + ", found " + news);
            }
          }
          assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())),
              describe(model.transition() + ": " + differences.size() + " new sides not as"
                  + " written"));
        }
      }
    }

    /** After the contract: every surviving row's new side as written or converted. */
    void assertContracted() throws SQLException {
      assertNewSides(false);
    }

    void report() {
      int seeded = rows.values().stream().mapToInt(Map::size).sum();
      System.out.printf("property %s on %s, seed %d: %d rows at the end, %d release-1 writes,"
              + " %d release-2 writes, %d retried%n", reshape.name(), database, seed, seeded,
          oldWrites, newWrites, retried);
    }

  }
}
