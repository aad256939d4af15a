package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * The seeds' "transforming a 1:n relation to a m:n relation" as applications map it: the
 * {@code @ManyToOne} Post.author (author_id) becomes the {@code @ManyToMany} Set Post.authors,
 * kept in the join table post_author as Hibernate creates it (both columns NOT NULL with their
 * foreign keys, the pair its primary key), under writers of two releases at once. Release 1
 * sets the one author; releases 2 and 3 add and remove authors through the collection, and
 * merge posts loaded a moment before. After the expand, every post's author_id is one of its
 * rows, release 1 reads the author it last set or the triggers left, release 2 the authors last
 * given, and an instance of release 1 restarting validates. The contract drops author_id with
 * its foreign key; release 3 reads every post's authors as last given.
 */
class OneToManyAssociationLifecycleTest {

  private static final int SEEDED = 1_000;
  private static final int AUTHORS = 20;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void manyToOneBecomesManyToManyLosingNoLink(TestDatabase database) throws Exception {
    try (Reshaping reshaping =
        new Reshaping("one-to-many-association", "Post", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      List<Long> authors = new ArrayList<>();
      Map<Long, Set<Long>> expected =
          new ConcurrentHashMap<>(seed(reshaping, release1, authors));
      Map<Long, Long> links = new ConcurrentHashMap<>();
      expected.forEach((post, authorsOfPost) -> links.put(post, authorsOfPost.iterator().next()));

      List<Release> later = reshaping.expandAndContract(
          (release, parity) -> OneToManyLifecycleTest.writer(reshaping, release,
              release != release1, expected, links, authors, parity),
          (previous, release) -> {
            if (previous == release1) {
              reshaping.assertRestarts(release1);
              assertEquals(0, linksNotAmongTheirRows(reshaping),
                  "posts whose author_id is not one of their rows in post_author");
              assertEquals(new TreeMap<>(links), readByRelease1(reshaping, release1),
                  "release 1 reads the author last set, or the one the triggers left");
            }
            assertEquals(wanted(expected), readByRelease2(reshaping, release),
                release.name() + " reads the authors last given");
          });
      Release release3 = later.get(1);

      assertEquals(List.of(
              "V20260101120000_1__baseline.sql",
              "V20260102120000_1__create_post_author_and_2_more.sql",
              "V20260102120000_2__expand_post_author.sql",
              "V20260103120000_1__contract_post_author.sql"),
          reshaping.migrationFiles());
      assertEquals(wanted(expected), readByRelease2(reshaping, release3),
          "every post has the authors last given to it");
      assertTrue(expected.size() > SEEDED, "the writers created posts too");
      assertTrue(expected.values().stream().anyMatch(a -> a.size() > 1),
          "some post has two authors");
    }
  }

  /**
   * {@link #AUTHORS} authors, into {@code authors}, and {@link #SEEDED} posts with one of them
   * each, as release 1 writes them: post id to its author.
   */
  private static Map<Long, Set<Long>> seed(Reshaping reshaping, Release release1,
      List<Long> authors) throws Exception {
    try (SessionFactory sessions = release1.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      JoinRelease1 code = new JoinRelease1(release1);
      for (int i = 1; i <= AUTHORS; i++) {
        Object author = code.create("Author", "author " + i);
        session.persist(author);
        authors.add(code.id(author));
      }
      Map<Long, Set<Long>> posts = OneToManyLifecycleTest.seed(session, release1, authors, SEEDED);
      transaction.commit();
      return posts;
    }
  }

  /** The posts that must have authors, each with its set of them. */
  private static Map<Long, Set<Long>> wanted(Map<Long, Set<Long>> expected) {
    Map<Long, Set<Long>> wanted = new TreeMap<>();
    expected.forEach((post, authors) -> {
      if (!authors.isEmpty()) {
        wanted.put(post, new TreeSet<>(authors));
      }
    });
    return wanted;
  }

  /** Posts whose old link is not one of their join rows, or that have rows and no link. */
  private static long linksNotAmongTheirRows(Reshaping reshaping) throws SQLException {
    return reshaping.count("SELECT COUNT(*) FROM Post p WHERE p.author_id IS NOT NULL AND NOT"
        + " EXISTS (SELECT 1 FROM post_author j WHERE j.Post_id = p.id"
        + " AND j.authors_id = p.author_id)")
        + reshaping.count("SELECT COUNT(*) FROM Post p WHERE p.author_id IS NULL AND EXISTS"
        + " (SELECT 1 FROM post_author j WHERE j.Post_id = p.id)");
  }

  private static Map<Long, Long> readByRelease1(Reshaping reshaping, Release release)
      throws Exception {
    try (SessionFactory sessions = release.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      return new JoinRelease1(release).authorOfEachPost(session);
    }
  }

  private static Map<Long, Set<Long>> readByRelease2(Reshaping reshaping, Release release)
      throws Exception {
    try (SessionFactory sessions = release.sessionFactory(reshaping.dataSource(),
            reshaping.database().hibernateDialect(), "none");
        Session session = sessions.openSession()) {
      return new JoinRelease2(release).authorsOfEachPost(session);
    }
  }
}
