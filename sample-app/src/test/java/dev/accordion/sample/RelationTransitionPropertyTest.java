package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.accordion.Accordion;
import dev.accordion.AccordionException;
import dev.accordion.StatusReport;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The promise of the transitions between tables, as a property of random rows, on each
 * database through the committed reshapings' own migrations: a link moving to the other table
 * (link-move), a 1:n link becoming m:n (one-to-many), a table renamed (table-rename). Release 1
 * seeds rows under keys at both ends of their type, with links no transform keeps (to a missing
 * row, one taken by two rows); writers of both releases write while release 2 migrates (on a
 * renamed table, release 2 writes once its migrate returned, as it starts then). Afterwards every
 * old value is what a writer last wrote, or what a write of the other side means for it;
 * verification counts exactly the rows the contract would lose; the contract waits for zero, and
 * once the rows are fixed it runs and keeps every value. Seeds as in
 * {@link ColumnTransitionPropertyTest}.
 */
class RelationTransitionPropertyTest {

  private static final int SEEDED_ROWS = 120;
  private static final int WRITES_AFTER_MIGRATE = 40;
  /** Keys no row has: a link to one is a link no owner can hold. */
  private static final long MISSING = 4_000_000_000_000_000_000L;

  @TempDir Path temp;

  /** One reshaping on one database: its seed, a fresh database migrated by release 1. */
  private final class Run implements AutoCloseable {
    final String name;
    final long seed;
    final String context;
    final TestDatabase.Fresh fresh;
    final DataSource db;
    final Random random;
    private final Path migrations = temp.resolve("migrations");

    Run(String name, TestDatabase database) throws Exception {
      this.name = name;
      this.seed = PropertyData.seed(name, database);
      this.context = name + " on " + database + ", seed " + seed;
      this.fresh = database.fresh(temp);
      this.db = fresh.dataSource();
      this.random = new Random(seed);
      compile(1);
      accordion().build().migrate();
    }

    Accordion.Builder accordion() {
      return Accordion.builder().dataSource(db).directory(migrations).contractsAtBoot(false)
          .batchSizeOverride(8).backfillPause(Duration.ofMillis(1));
    }

    void compile(int number) throws Exception {
      Release.compile(name + "-release" + number,
          Reshaping.SOURCES.resolve(name).resolve("release" + number), migrations,
          "2026010" + number + "120000", temp.resolve("build"));
    }

    PropertyWriter writer(String release, PropertyWriter.Write write, int offset) {
      return new PropertyWriter(release, fresh.writerDataSource(), write, seed + offset);
    }

    /** Both writers go on for a while, then stop; what each wrote, for the report. */
    String finish(PropertyWriter old, PropertyWriter current) throws InterruptedException {
      old.runAtLeast(WRITES_AFTER_MIGRATE);
      current.runAtLeast(WRITES_AFTER_MIGRATE);
      return old.stop(context) + " release-1 writes, " + current.stop(context)
          + " release-2 writes, " + (old.retries() + current.retries()) + " retried";
    }

    @Override
    public void close() throws SQLException {
      fresh.close();
    }
  }

  private static boolean even(long key) {
    return Math.floorMod(key, 2) == 0;
  }

  private static Long pick(Random random, Set<Long> keys, boolean even) {
    List<Long> candidates = keys.stream().filter(k -> even(k) == even).sorted().toList();
    return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
  }

  private static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  private static Long getLong(ResultSet row, int index) throws SQLException {
    long value = row.getLong(index);
    return row.wasNull() ? null : value;
  }

  /** Key to the value of {@code column} (a number) of every row of {@code table}. */
  private static Map<Long, Long> column(DataSource db, String table, String column)
      throws SQLException {
    Map<Long, Long> values = new TreeMap<>();
    try (Connection connection = db.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT id, " + column
            + " FROM " + table);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        values.put(rows.getLong(1), getLong(rows, 2));
      }
    }
    return values;
  }

  private static void execute(Connection connection, String sql, Long... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        setLong(statement, i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static long mismatches(StatusReport report, String transition) {
    return report.migrations().stream()
        .filter(m -> transition.equals(m.transition()) && m.kind().equals("expand"))
        .findFirst().orElseThrow().verification().mismatches();
  }

  // ---- a link moving between tables: Profile.accountId to Account.profileId

  /**
   * Release 1 links profiles with even keys to accounts with even keys, or to none, or to one
   * another profile links already, or to an account no row has; release 2 links accounts with
   * odd keys to profiles with odd keys, or moves such a link, as the owner of the link now. The
   * halves never meet, so each writer's model of the old side is exact.
   */
  @ParameterizedTest(name = "link-move on {0}")
  @EnumSource(TestDatabase.class)
  void aMovedLinkKeepsEveryOldLink(TestDatabase database) throws Exception {
    try (Run run = new Run("link-move", database)) {
      DataSource db = run.db;
      Random random = run.random;
      String context = run.context;
      List<Long> accountKeys = PropertyData.keys(random, database, SEEDED_ROWS);
      List<Long> profileKeys = PropertyData.keys(random, database, SEEDED_ROWS);
      Set<Long> accounts = ConcurrentHashMap.newKeySet();
      Map<Long, Long> links = new ConcurrentHashMap<>(); // profile to account, as written
      Set<Long> unlinked = ConcurrentHashMap.newKeySet();
      try (Connection connection = db.getConnection()) {
        for (long key : accountKeys) {
          execute(connection, "INSERT INTO Account (id, label) VALUES (?, 'account')", key);
          accounts.add(key);
        }
        // Each account at most once, as the expand's guard requires; some profiles link nowhere,
        // some to an account no row has.
        List<Long> free = new ArrayList<>(accountKeys);
        long missing = MISSING;
        for (long profile : profileKeys) {
          List<Long> sameHalf = free.stream().filter(a -> even(a) == even(profile)).toList();
          Long account = null;
          if (random.nextInt(10) == 0) {
            account = missing + (even(profile) ? 0 : 1); // each its own: no duplicate
            missing += 2;
          } else if (random.nextInt(8) != 0 && !sameHalf.isEmpty()) {
            account = sameHalf.get(random.nextInt(sameHalf.size()));
          }
          free.remove(account);
          execute(connection, "INSERT INTO Profile (id, label, accountId) VALUES (?, 'profile', ?)",
              profile, account);
          if (account == null) {
            unlinked.add(profile);
          } else {
            links.put(profile, account);
          }
        }
      }
      run.compile(2);
      long[] nextProfile = {2_000_000_000_000_000_000L};
      long[] nextMissing = {MISSING + 1_000_000};
      // Before the expand, its guard refuses two profiles with one account: release 1 takes an
      // account another profile links only once the triggers are there.
      java.util.concurrent.atomic.AtomicBoolean expanded =
          new java.util.concurrent.atomic.AtomicBoolean();

      PropertyWriter old = run.writer("release 1",
          (connection, r) -> {
            Set<Long> profiles = new HashSet<>(links.keySet());
            profiles.addAll(unlinked);
            int choice = r.nextInt(10);
            if (choice == 0) {
              long profile = nextProfile[0];
              nextProfile[0] += 2;
              Long account = pick(r, expanded.get() ? accounts : freeAccounts(accounts, links), true);
              execute(connection, "INSERT INTO Profile (id, label, accountId) VALUES (?, 'new', ?)",
                  profile, account);
              record(links, unlinked, profile, account);
              return;
            }
            Long profile = pick(r, profiles, true);
            if (profile == null) {
              return;
            }
            if (choice == 1) {
              execute(connection, "DELETE FROM Profile WHERE id = ?", profile);
              links.remove(profile);
              unlinked.remove(profile);
              return;
            }
            // Any account of the half, linked by another profile or not; none; or a missing one.
            Set<Long> takeable = expanded.get() ? accounts : freeAccounts(accounts, links);
            Long account = choice == 2 ? null : pick(r, takeable, true);
            if (choice == 3) {
              account = nextMissing[0];
              nextMissing[0] += 2;
            }
            execute(connection, "UPDATE Profile SET accountId = ? WHERE id = ?", account, profile);
            record(links, unlinked, profile, account);
          }, 1);
      PropertyWriter current = run.writer("release 2",
          (connection, r) -> {
            // A clean move: an odd account takes an odd profile no account holds and no other
            // profile links; the profile it held, if any, is unlinked by the triggers.
            Long account = pick(r, accounts, false);
            List<Long> candidates = unlinked.stream().filter(p -> !even(p)).sorted().toList();
            if (account == null || candidates.isEmpty()
                || links.values().stream().filter(account::equals).count() > 1) {
              return;
            }
            long profile = candidates.get(r.nextInt(candidates.size()));
            execute(connection, "UPDATE Account SET profileId = ? WHERE id = ?", profile, account);
            for (Map.Entry<Long, Long> link : Map.copyOf(links).entrySet()) {
              if (link.getValue().equals(account)) {
                record(links, unlinked, link.getKey(), null);
              }
            }
            record(links, unlinked, profile, account);
          }, 2);
      old.start();
      run.accordion().afterBatch(progress -> {
        expanded.set(true);
        current.start();
      }).build().migrate();
      String writes = run.finish(old, current);

      assertLinksAsWritten(db, links, unlinked, context + ", after the expand");
      long expected = disagreeingLinks(db).size();
      assertEquals(expected, mismatches(run.accordion().build().verify(),
          "Account.profileId"), context + ": verification counts the links the contract loses");

      run.compile(3);
      if (expected > 0 || column(db, "Account", "profileId").containsValue(null)) {
        assertThrows(AccordionException.class, () -> run.accordion().build().complete(),
            context + ": the contract waits");
        assertLinksAsWritten(db, links, unlinked, context + ", after the refused contract");
        fixLinks(db, links, unlinked, accounts);
        assertEquals(0, mismatches(run.accordion().build().verify(),
            "Account.profileId"), context + ": fixed, every link agrees; disagreeing: "
            + disagreeingLinks(db));
      }
      run.accordion().build().complete();

      Map<Long, Long> owned = new TreeMap<>();
      for (long account : accounts) {
        owned.put(account, null);
      }
      links.forEach((profile, account) -> owned.put(account, profile));
      assertEquals(owned, column(db, "Account", "profileId"),
          context + ": after the contract, each account holds the profile that linked to it");
      System.out.printf("property %s: %d accounts, %d profiles, %s%n", context, accounts.size(),
          links.size() + unlinked.size(), writes);
    }
  }

  private static Set<Long> freeAccounts(Set<Long> accounts, Map<Long, Long> links) {
    Set<Long> free = new HashSet<>(accounts);
    free.removeAll(links.values());
    return free;
  }

  private static void record(Map<Long, Long> links, Set<Long> unlinked, long profile,
      Long account) {
    if (account == null) {
      links.remove(profile);
      unlinked.add(profile);
    } else {
      unlinked.remove(profile);
      links.put(profile, account);
    }
  }

  private static void assertLinksAsWritten(DataSource db, Map<Long, Long> links,
      Set<Long> unlinked, String context) throws SQLException {
    Map<Long, Long> written = new TreeMap<>(links);
    unlinked.forEach(profile -> written.put(profile, null));
    assertEquals(written, column(db, "Profile", "accountId"),
        context + ": every profile's link as a writer left it");
  }

  /**
   * Profiles whose link their account does not hold back, and accounts holding a profile that
   * does not link to them: the rows where the two sides disagree, one line each.
   */
  private static List<String> disagreeingLinks(DataSource db) throws SQLException {
    Map<Long, Long> profiles = column(db, "Profile", "accountId");
    Map<Long, Long> accounts = column(db, "Account", "profileId");
    List<String> rows = new ArrayList<>();
    profiles.forEach((profile, account) -> {
      if (account != null && !Objects.equals(accounts.get(account), profile)) {
        rows.add("profile " + profile + " links account " + account + " holding "
            + accounts.get(account));
      }
    });
    accounts.forEach((account, profile) -> {
      if (profile != null && !Objects.equals(profiles.get(profile), account)) {
        rows.add("account " + account + " holds profile " + profile + " linking "
            + profiles.get(profile));
      }
    });
    return rows;
  }

  /**
   * As a team fixes what the refusal names: a profile whose link its account does not hold is
   * unlinked; an account holding a profile that links elsewhere lets it go (on MariaDB a release-1
   * write racing the backfill batch that fills that very link leaves one, docs/limits.md); and an
   * account without a profile gets a new one, since the contract makes the link NOT NULL.
   */
  private static void fixLinks(DataSource db, Map<Long, Long> links, Set<Long> unlinked,
      Set<Long> accounts) throws SQLException {
    Map<Long, Long> held = column(db, "Account", "profileId");
    long next = 3_000_000_000_000_000_000L;
    try (Connection connection = db.getConnection()) {
      for (Map.Entry<Long, Long> link : Map.copyOf(links).entrySet()) {
        if (!Objects.equals(held.get(link.getValue()), link.getKey())) {
          execute(connection, "UPDATE Profile SET accountId = NULL WHERE id = ?", link.getKey());
          record(links, unlinked, link.getKey(), null);
        }
      }
      Map<Long, Long> linked = column(db, "Profile", "accountId");
      for (Map.Entry<Long, Long> account : column(db, "Account", "profileId").entrySet()) {
        if (account.getValue() != null
            && !Objects.equals(linked.get(account.getValue()), account.getKey())) {
          execute(connection, "UPDATE Account SET profileId = NULL WHERE id = ?",
              account.getKey());
        }
      }
      for (Map.Entry<Long, Long> account : column(db, "Account", "profileId").entrySet()) {
        if (account.getValue() == null) {
          execute(connection, "INSERT INTO Profile (id, label, accountId) VALUES (?, 'fix', ?)",
              next, account.getKey());
          record(links, unlinked, next++, account.getKey());
        }
      }
    }
  }

  // ---- a 1:n link becoming m:n: Post.authorId to PostAuthor(postId, authorId)

  /**
   * Release 1 sets the author of posts with even keys (NULL, extreme values) and inserts and
   * deletes posts; release 2, once its migrate returned, adds and removes co-authors of posts
   * with odd keys, which moves their old link as the triggers say.
   */
  @ParameterizedTest(name = "one-to-many on {0}")
  @EnumSource(TestDatabase.class)
  void aJoinTableKeepsEveryOldLink(TestDatabase database) throws Exception {
    try (Run run = new Run("one-to-many", database)) {
      DataSource db = run.db;
      Random random = run.random;
      String context = run.context;
      List<Long> authors = Arrays.asList(null, Long.MIN_VALUE, -1L, 0L, 1L, 2L, 3L, 42L,
          Long.MAX_VALUE);
      Map<Long, Long> written = new ConcurrentHashMap<>();
      Set<Long> nullAuthor = ConcurrentHashMap.newKeySet();
      try (Connection connection = db.getConnection()) {
        for (long post : PropertyData.keys(random, database, SEEDED_ROWS)) {
          Long author = authors.get(random.nextInt(authors.size()));
          execute(connection, "INSERT INTO Post (id, label, authorId) VALUES (?, 'post', ?)", post,
              author);
          recordAuthor(written, nullAuthor, post, author);
        }
      }
      run.compile(2);
      long[] nextPost = {2_000_000_000_000_000_000L};

      PropertyWriter old = run.writer("release 1",
          (connection, r) -> {
            Set<Long> posts = new HashSet<>(written.keySet());
            posts.addAll(nullAuthor);
            Long author = authors.get(r.nextInt(authors.size()));
            int choice = r.nextInt(10);
            if (choice == 0) {
              execute(connection, "INSERT INTO Post (id, label, authorId) VALUES (?, 'new', ?)",
                  nextPost[0], author);
              recordAuthor(written, nullAuthor, nextPost[0], author);
              nextPost[0] += 2;
              return;
            }
            Long post = pick(r, posts, true);
            if (post == null) {
              return;
            }
            if (choice == 1) {
              execute(connection, "DELETE FROM Post WHERE id = ?", post);
              written.remove(post);
              nullAuthor.remove(post);
              return;
            }
            execute(connection, "UPDATE Post SET authorId = ? WHERE id = ?", author, post);
            recordAuthor(written, nullAuthor, post, author);
          }, 1);
      PropertyWriter current = run.writer("release 2",
          (connection, r) -> {
            Set<Long> posts = new HashSet<>(written.keySet());
            posts.addAll(nullAuthor);
            Long post = pick(r, posts, false);
            if (post == null) {
              return;
            }
            List<Long> coAuthors = new ArrayList<>(authorsOf(connection, post));
            if (r.nextBoolean() || coAuthors.isEmpty()) {
              long author = 100 + r.nextInt(20);
              if (coAuthors.contains(author)) {
                return;
              }
              execute(connection, "INSERT INTO PostAuthor (postId, authorId) VALUES (?, ?)", post,
                  author);
              if (nullAuthor.contains(post)) { // a post without a link takes its first author
                recordAuthor(written, nullAuthor, post, author);
              }
            } else {
              long author = coAuthors.get(r.nextInt(coAuthors.size()));
              execute(connection, "DELETE FROM PostAuthor WHERE postId = ? AND authorId = ?", post,
                  author);
              if (Objects.equals(written.get(post), author)) { // the link moves to the next one
                coAuthors.remove(author);
                recordAuthor(written, nullAuthor, post,
                    coAuthors.stream().min(Long::compare).orElse(null));
              }
            }
          }, 2);
      old.start();
      run.accordion().build().migrate();
      String writes = run.finish(old, current);

      Map<Long, Long> expected = new TreeMap<>(written);
      nullAuthor.forEach(post -> expected.put(post, null));
      assertEquals(expected, column(db, "Post", "authorId"),
          context + ": every post's author as a writer left it");
      long lost = expected.entrySet().stream().filter(post -> {
        try (Connection connection = db.getConnection()) {
          return post.getValue() != null
              && !authorsOf(connection, post.getKey()).contains(post.getValue());
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }).count();
      assertEquals(lost, mismatches(run.accordion().build().verify(), "PostAuthor.authorId"),
          context + ": verification counts the authors the contract would lose");
      assertEquals(0, lost, context + ": the triggers and the backfill make every author a join row ("
          + writes + ")");

      run.compile(3);
      run.accordion().build().complete();
      try (Connection connection = db.getConnection()) {
        for (Map.Entry<Long, Long> post : expected.entrySet()) {
          if (post.getValue() != null) {
            assertEquals(true, authorsOf(connection, post.getKey()).contains(post.getValue()),
                context + ": after the contract, post " + post.getKey() + " keeps its author");
          }
        }
      }
      System.out.printf("property %s: %d posts, %s%n", context, expected.size(), writes);
    }
  }

  private static void recordAuthor(Map<Long, Long> written, Set<Long> nullAuthor, long post,
      Long author) {
    if (author == null) {
      written.remove(post);
      nullAuthor.add(post);
    } else {
      nullAuthor.remove(post);
      written.put(post, author);
    }
  }

  private static Set<Long> authorsOf(Connection connection, long post) throws SQLException {
    Set<Long> authors = new TreeSet<>();
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT authorId FROM PostAuthor WHERE postId = ?")) {
      query.setLong(1, post);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          authors.add(rows.getLong(1));
        }
      }
    }
    return authors;
  }

  // ---- a table renamed: Subscriber to Member

  /** A Member row as text: label, email, points. */
  private record Member(String label, String email, Integer points) {}

  /**
   * Release 1 writes the rows with even keys under the old name, release 2 (from its migrate on)
   * those with odd keys under the new one; both names show every row as last written, and the
   * table keeps them under the new name after the contract.
   */
  @ParameterizedTest(name = "table-rename on {0}")
  @EnumSource(TestDatabase.class)
  void aRenamedTableKeepsEveryRow(TestDatabase database) throws Exception {
    List<String> labels = List.of("Ada", "", " ", "Zoë", "東京", "O'Brien", "x".repeat(255));
    List<Integer> points = Arrays.asList(null, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 7);
    try (Run run = new Run("table-rename", database)) {
      DataSource db = run.db;
      Random random = run.random;
      String context = run.context;
      Map<Long, Member> written = new ConcurrentHashMap<>();
      java.util.concurrent.atomic.AtomicLong emails = new java.util.concurrent.atomic.AtomicLong();
      try (Connection connection = db.getConnection()) {
        for (long key : PropertyData.keys(random, database, SEEDED_ROWS)) {
          Member member = member(random, labels, points, emails);
          writeMember(connection, "INSERT INTO Subscriber (label, email, points, id) VALUES"
              + " (?, ?, ?, ?)", member, key);
          written.put(key, member);
        }
      }
      run.compile(2);
      long[] nextKey = {2_000_000_000_000_000_000L};

      PropertyWriter old = run.writer("release 1",
          (connection, r) -> {
            Member member = member(r, labels, points, emails);
            int choice = r.nextInt(10);
            if (choice == 0) {
              writeMember(connection, "INSERT INTO Subscriber (label, email, points, id) VALUES"
                  + " (?, ?, ?, ?)", member, nextKey[0]);
              written.put(nextKey[0], member);
              nextKey[0] += 2;
              return;
            }
            Long key = pick(r, written.keySet(), true);
            if (key == null) {
              return;
            }
            if (choice == 1) {
              execute(connection, "DELETE FROM Subscriber WHERE id = ?", key);
              written.remove(key);
            } else {
              writeMember(connection, "UPDATE Subscriber SET label = ?, email = ?, points = ?"
                  + " WHERE id = ?", member, key);
              written.put(key, member);
            }
          }, 1);
      PropertyWriter current = run.writer("release 2",
          (connection, r) -> {
            Long key = pick(r, written.keySet(), false);
            if (key == null) {
              return;
            }
            if (r.nextInt(10) == 0) {
              execute(connection, "DELETE FROM Member WHERE id = ?", key);
              written.remove(key);
            } else {
              Member member = member(r, labels, points, emails);
              writeMember(connection, "UPDATE Member SET label = ?, email = ?, points = ?"
                  + " WHERE id = ?", member, key);
              written.put(key, member);
            }
          }, 2);
      old.start();
      run.accordion().build().migrate();
      String writes = run.finish(old, current);

      Map<Long, Member> expected = new TreeMap<>(written);
      assertEquals(expected, members(db, "Subscriber"), context + ": the old name, as written");
      assertEquals(expected, members(db, "Member"), context + ": the new name, as written");
      assertEquals(0, mismatches(run.accordion().build().verify(), "Member"),
          context + ": both names show the same rows");

      run.compile(3);
      run.accordion().build().complete();
      assertEquals(expected, members(db, "Member"), context + ": after the contract, every row");
      System.out.printf("property %s: %d rows, %s%n", context, expected.size(), writes);
    }
  }

  private static Member member(Random random, List<String> labels, List<Integer> points,
      java.util.concurrent.atomic.AtomicLong emails) {
    String email = random.nextInt(4) == 0 ? null : "m" + emails.getAndIncrement() + "@example.org";
    return new Member(labels.get(random.nextInt(labels.size())), email,
        points.get(random.nextInt(points.size())));
  }

  private static void writeMember(Connection connection, String sql, Member member, long key)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, member.label());
      statement.setString(2, member.email());
      if (member.points() == null) {
        statement.setNull(3, Types.INTEGER);
      } else {
        statement.setInt(3, member.points());
      }
      statement.setLong(4, key);
      statement.executeUpdate();
    }
  }

  private static Map<Long, Member> members(DataSource db, String table) throws SQLException {
    Map<Long, Member> members = new TreeMap<>();
    try (Connection connection = db.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT id, label, email, points FROM " + table);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        int points = rows.getInt(4);
        Integer pointsOrNull = rows.wasNull() ? null : points;
        members.put(rows.getLong(1), new Member(rows.getString(2), rows.getString(3),
            pointsOrNull));
      }
    }
    return members;
  }
}
