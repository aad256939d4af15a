package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.AccordionException;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seeds' 1-1 relation changing direction, Profile.accountId to Account.profileId, under
 * writers of two releases at once: release 1 links from the profile, releases 2 and 3 from the
 * account. At the end every account, read by release 3, has the profile last linked to it, and
 * the link is NOT NULL and unique. A duplicate link in the data stops the expand before any DDL,
 * naming the rows.
 */
class LinkMoveLifecycleTest {

  private static final int SEEDED = 1_000;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void movingTheOwningSideLosesNoLink(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("link-move", "Account", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      Map<Long, Long> expected = new ConcurrentHashMap<>(seed(reshaping, release1, SEEDED));

      List<Release> later = reshaping.expandAndContract(
          (release, parity) -> writer(reshaping, release, release != release1, expected, parity));
      Release release3 = later.get(1);

      assertEquals(List.of(
              "V20260101120000_1__baseline.sql",
              "V20260102120000_1__expand_Account_profileId.sql",
              "V20260103120000_1__contract_Account_profileId.sql"),
          reshaping.migrationFiles());
      Map<Long, Long> actual = new TreeMap<>();
      try (SessionFactory sessions = release3.sessionFactory(reshaping.dataSource(),
              database.hibernateDialect(), "none");
          Session session = sessions.openSession()) {
        LinkRelease2 links = new LinkRelease2(release3);
        for (Object account : session.createQuery("from Account", release3.type("Account")).list()) {
          actual.put(links.id(account), links.profileId(account));
        }
      }
      assertEquals(new TreeMap<>(expected), actual, "every account has the profile last linked");
      assertTrue(expected.size() > SEEDED, "the writers created accounts too");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDuplicateLinkStopsTheExpandBeforeAnyDdlAndNamesTheRows(TestDatabase database)
      throws Exception {
    try (Reshaping reshaping = new Reshaping("link-move", "Account", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      seed(reshaping, release1, 10);
      reshaping.execute("INSERT INTO Profile (label, accountId) VALUES ('second profile', 3)");
      reshaping.compile(2);

      AccordionException refused =
          assertThrows(AccordionException.class, () -> reshaping.accordion().build().migrate());

      assertTrue(refused.getMessage().contains("its guard found 1 row that would break it"),
          refused.getMessage());
      assertTrue(refused.getMessage().toLowerCase().contains("accountid=3, links=2, first=3, last=11"),
          refused.getMessage());
      try (Connection connection = reshaping.dataSource().getConnection();
          ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(), null,
              database == TestDatabase.POSTGRESQL ? "account" : "Account", null)) {
        List<String> names = new ArrayList<>();
        while (columns.next()) {
          names.add(columns.getString("COLUMN_NAME").toLowerCase());
        }
        assertFalse(names.contains("profileid"), "no DDL ran: " + names);
      }
    }
  }

  /** {@code count} accounts, each with one profile linking to it, as release 1 writes them. */
  static Map<Long, Long> seed(Reshaping reshaping, Release release1, int count)
      throws Exception {
    try (SessionFactory sessions = release1.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Map<Long, Long> links = seed(session, release1, count);
      transaction.commit();
      return links;
    }
  }

  /** The same, in {@code session}'s transaction: account id to the id of its profile. */
  static Map<Long, Long> seed(Session session, Release release, int count) throws Exception {
    LinkRelease1 release1 = new LinkRelease1(release);
    Map<Long, Long> links = new TreeMap<>();
    for (int i = 1; i <= count; i++) {
      Object account = release1.create("Account", "account " + i);
      session.persist(account);
      Object profile = release1.create("Profile", "profile " + i);
      release1.setAccount(session, profile, release1.id(account));
      session.persist(profile);
      links.put(release1.id(account), release1.id(profile));
    }
    return links;
  }

  static LinkWriter writer(Reshaping reshaping, Release release, boolean linkOnAccount,
      Map<Long, Long> expected, int parity) {
    List<Long> owned = expected.keySet().stream().filter(id -> id % 2 == parity).sorted().toList();
    return new LinkWriter(release, linkOnAccount, reshaping.sessions(release), expected, owned,
        31L * release.name().hashCode() + parity);
  }
}
