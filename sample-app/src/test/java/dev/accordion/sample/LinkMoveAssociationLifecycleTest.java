package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.JdbcSchema;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The 1-1 link changing direction as applications map it, a {@code @OneToOne} on each side:
 * Profile.account (account_id, a unique foreign key to Account) becomes Account.profile
 * (profile_id, a unique foreign key to Profile), under writers of two releases at once. The
 * expand adds profile_id with its unique index and its foreign key; after it the two sides agree
 * for every link, both releases read the links last written, and an instance of release 1
 * restarting validates. The contract drops account_id with its foreign key and unique key, and
 * leaves profile_id NOT NULL, unique and constrained, as Hibernate creates it; release 3 reads
 * every account's profile as last linked.
 */
class LinkMoveAssociationLifecycleTest {

  private static final int SEEDED = 1_000;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void movingTheOwningOneToOneLosesNoLink(TestDatabase database) throws Exception {
    try (Reshaping reshaping =
        new Reshaping("link-move-association", "Account", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      assertEquals(Map.of("Account", Set.of(), "Profile", Set.of("[account_id] -> account[id]")),
          foreignKeys(reshaping));
      Map<Long, Long> expected =
          new ConcurrentHashMap<>(LinkMoveLifecycleTest.seed(reshaping, release1, SEEDED));

      List<Release> later = reshaping.expandAndContract(
          (release, parity) -> LinkMoveLifecycleTest.writer(reshaping, release,
              release != release1, expected, parity),
          (previous, release) -> {
            if (previous == release1) {
              reshaping.assertRestarts(release1);
              assertEquals(0, disagreeing(reshaping), "links the two sides do not both hold");
              assertEquals(Map.of("Account", Set.of("[profile_id] -> profile[id]"),
                  "Profile", Set.of("[account_id] -> account[id]")), foreignKeys(reshaping));
              assertEquals(new TreeMap<>(expected), readByRelease1(reshaping, release1),
                  "release 1 reads every link from the profile");
            }
            assertEquals(new TreeMap<>(expected), readByAccount(reshaping, release),
                release.name() + " reads every link from the account");
          });
      Release release3 = later.get(1);

      assertEquals(List.of(
              "V20260101120000_1__baseline.sql",
              "V20260102120000_1__expand_Account_profile_id.sql",
              "V20260103120000_1__contract_Account_profile_id.sql"),
          reshaping.migrationFiles());
      assertEquals(Map.of("Account", Set.of("[profile_id] -> profile[id]"), "Profile", Set.of()),
          foreignKeys(reshaping));
      assertEquals(new TreeMap<>(expected), readByAccount(reshaping, release3),
          "every account has the profile last linked");
      assertTrue(expected.size() > SEEDED, "the writers created accounts too");
    }
  }

  /** Links held by one side and not the other, counted in plain SQL. */
  private static long disagreeing(Reshaping reshaping) throws SQLException {
    return reshaping.count("SELECT COUNT(*) FROM Profile p WHERE p.account_id IS NOT NULL AND NOT"
        + " EXISTS (SELECT 1 FROM Account a WHERE a.id = p.account_id AND a.profile_id = p.id)")
        + reshaping.count("SELECT COUNT(*) FROM Account a WHERE a.profile_id IS NOT NULL AND NOT"
        + " EXISTS (SELECT 1 FROM Profile p WHERE p.id = a.profile_id AND p.account_id = a.id)");
  }

  /** Each table's foreign keys as JDBC reports them, names in lower case for every database. */
  private static Map<String, Set<String>> foreignKeys(Reshaping reshaping) throws SQLException {
    try (Connection connection = reshaping.dataSource().getConnection()) {
      Map<String, Set<String>> keys = new TreeMap<>();
      JdbcSchema.read(connection, reshaping.database()).tables().forEach((table, shape) -> {
        Set<String> lower = new TreeSet<>();
        shape.foreignKeys().forEach(key -> lower.add(key.toLowerCase(Locale.ROOT)));
        keys.put(Character.toUpperCase(table.charAt(0)) + table.substring(1), lower);
      });
      return keys;
    }
  }

  private static Map<Long, Long> readByRelease1(Reshaping reshaping, Release release)
      throws Exception {
    try (SessionFactory sessions = release.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      return new LinkRelease1(release).profileOfEachAccount(session);
    }
  }

  private static Map<Long, Long> readByAccount(Reshaping reshaping, Release release)
      throws Exception {
    try (SessionFactory sessions = release.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      return new LinkRelease2(release).profileOfEachAccount(session);
    }
  }
}
