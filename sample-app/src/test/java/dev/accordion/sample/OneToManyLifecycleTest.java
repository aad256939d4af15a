package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.TestDatabase;
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
      Map<Long, Long> links = new ConcurrentHashMap<>();
      expected.forEach((post, authors) -> links.put(post, authors.iterator().next()));

      List<Release> later = reshaping.expandAndContract((release, parity) ->
          writer(reshaping, release, release != release1, expected, links,
              JoinWriter.NUMBERED_AUTHORS, parity));
      Release release3 = later.get(1);

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
        JoinRelease2 joins = new JoinRelease2(release3);
        for (Object post : session.createQuery("from Post", release3.type("Post")).list()) {
          actual.put(joins.id(post), new TreeSet<>());
        }
        for (Object pair : session.createQuery("from PostAuthor", release3.type("PostAuthor")).list()) {
          actual.get(joins.postId(pair)).add(joins.authorId(pair));
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
    try (SessionFactory sessions = release1.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Map<Long, Set<Long>> authors = seed(session, release1, SEEDED);
      transaction.commit();
      return authors;
    }
  }

  /** The same, {@code count} posts in {@code session}'s transaction: post id to its author. */
  static Map<Long, Set<Long>> seed(Session session, Release release, int count) throws Exception {
    return seed(session, release, JoinWriter.NUMBERED_AUTHORS, count);
  }

  /** The same, each post's author one of {@code authors} in turn. */
  static Map<Long, Set<Long>> seed(Session session, Release release, List<Long> authors,
      int count) throws Exception {
    JoinRelease1 release1 = new JoinRelease1(release);
    Map<Long, Set<Long>> authorsOfPosts = new TreeMap<>();
    for (int i = 1; i <= count; i++) {
      Object post = release1.create("Post", "post " + i);
      long author = authors.get(i % authors.size());
      release1.setAuthor(session, post, author);
      session.persist(post);
      authorsOfPosts.put(release1.id(post), new TreeSet<>(Set.of(author)));
    }
    return authorsOfPosts;
  }

  static JoinWriter writer(Reshaping reshaping, Release release, boolean manyAuthors,
      Map<Long, Set<Long>> expected, Map<Long, Long> links, List<Long> authors, int parity) {
    List<Long> owned = expected.keySet().stream().filter(id -> id % 2 == parity).sorted().toList();
    return new JoinWriter(release, manyAuthors, reshaping.sessions(release), expected, links,
        owned, authors, 31L * release.name().hashCode() + parity);
  }
}
