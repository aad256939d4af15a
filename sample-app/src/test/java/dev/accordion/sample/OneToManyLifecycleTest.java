package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.StatusReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seeds' "transforming a 1:n relation to a m:n relation": Post.authorId becomes the join
 * table PostAuthor(postId, authorId) under writers of two releases at once. Release 1 sets the
 * one author; releases 2 and 3 add and remove authors. At the end every post, read by release 3,
 * has exactly the authors last given to it.
 */
class OneToManyLifecycleTest {

  private static final int SEEDED = 1_000;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void oneToManyBecomesManyToManyLosingNoLink(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("one-to-many", "Post", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      Map<Long, Set<Long>> expected = new ConcurrentHashMap<>(seed(reshaping, release1));

      Release release2 = reshaping.compile(2);
      JoinWriter old = writer(reshaping, release1, false, expected, 0);
      JoinWriter current = writer(reshaping, release2, true, expected, 1);
      old.start();
      StatusReport expanded = reshaping.accordion()
          .afterBatch(progress -> current.start())
          .build()
          .migrate();
      current.start();
      Thread.sleep(300);
      assertTrue(old.stop() > 0, "release 1 kept writing");
      assertTrue(current.stop() > 0, "release 2 kept writing");
      assertEquals(2, expanded.appliedByThisCall().size(), expanded.render());
      reshaping.assertMatchesHibernate(release2);

      Release release3 = reshaping.compile(3);
      JoinWriter retiring = writer(reshaping, release2, true, expected, 1);
      JoinWriter newest = writer(reshaping, release3, true, expected, 0);
      retiring.start();
      newest.start();
      StatusReport deferred = reshaping.accordion().contractsAtBoot(false).build().migrate();
      assertEquals(1, deferred.pending().size(), deferred.render());
      Thread.sleep(300);
      assertTrue(retiring.stop() > 0, "release 2 kept writing until retired");
      StatusReport completed = reshaping.accordion().build().complete();
      assertEquals(1, completed.appliedByThisCall().size(), completed.render());
      Thread.sleep(100);
      assertTrue(newest.stop() > 0, "release 3 kept writing through the contract");
      reshaping.assertMatchesHibernate(release3);

      assertEquals(List.of(
              "V20260101120000_1__baseline.sql",
              "V20260102120000_1__create_PostAuthor.sql",
              "V20260102120000_2__expand_PostAuthor.sql",
              "V20260103120000_1__contract_PostAuthor.sql"),
          reshaping.migrationFiles());
      Map<Long, Set<Long>> actual = new TreeMap<>();
      try (SessionFactory sessions = release3.sessionFactory(reshaping.dataSource(),
              database.hibernateDialect(), "none");
          Session session = sessions.openSession()) {
        for (Object post : session.createQuery("from Post", release3.type("Post")).list()) {
          actual.put((Long) Mapping.call(post, "getId"), new TreeSet<>());
        }
        for (Object pair : session.createQuery("from PostAuthor", release3.type("PostAuthor")).list()) {
          actual.get((Long) Mapping.call(pair, "getPostId"))
              .add((Long) Mapping.call(pair, "getAuthorId"));
        }
      }
      Map<Long, Set<Long>> wanted = new TreeMap<>();
      expected.forEach((post, authors) -> wanted.put(post, new TreeSet<>(authors)));
      assertEquals(wanted, actual, "every post has the authors last given to it");
      assertTrue(expected.size() > SEEDED, "the writers created posts too");
      assertTrue(expected.values().stream().anyMatch(a -> a.size() > 1), "some post has two authors");
    }
  }

  /** Posts with one author each, as release 1 writes them. */
  private static Map<Long, Set<Long>> seed(Reshaping reshaping, Release release1) throws Exception {
    Map<Long, Set<Long>> authors = new TreeMap<>();
    try (SessionFactory sessions = release1.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      for (int i = 1; i <= SEEDED; i++) {
        Object post = release1.type("Post").getConstructor().newInstance();
        Mapping.call(post, "setLabel", "post " + i);
        long author = 1 + i % 20;
        Mapping.call(post, "setAuthorId", author);
        session.persist(post);
        authors.put((Long) Mapping.call(post, "getId"), new TreeSet<>(Set.of(author)));
      }
      transaction.commit();
    }
    return authors;
  }

  private static JoinWriter writer(Reshaping reshaping, Release release, boolean manyAuthors,
      Map<Long, Set<Long>> expected, int parity) {
    List<Long> owned = expected.keySet().stream().filter(id -> id % 2 == parity).sorted().toList();
    return new JoinWriter(release, manyAuthors, reshaping.sessions(release), expected, owned,
        31L * release.name().hashCode() + parity);
  }
}
