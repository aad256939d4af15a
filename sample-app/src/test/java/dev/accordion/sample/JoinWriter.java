package dev.accordion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance writing a post's authors while the link becomes m:n: release 1 sets
 * the single Post.authorId; releases 2 and 3 add and remove PostAuthor rows. After each commit
 * it records the set of authors each post must end with, and the author Post.authorId holds, as
 * the expand's sync keeps it: release 1 replacing that author leaves the co-authors the later
 * releases added, and removing it in a later release moves the link to the smallest author left.
 */
final class JoinWriter extends WriterThread {

  private static final int AUTHORS = 20;

  private final Release release;
  private final boolean manyAuthors;
  /** Release 1's one author, Post.authorId; null when a post has many. */
  private final JoinRelease1 release1;
  /** The join table of releases 2 and 3; null when a post has one author. */
  private final JoinRelease2 release2;
  /** Whichever of the two this writer's release has. */
  private final ReshapingRelease code;
  private final SessionFactory sessions;
  private final Map<Long, Set<Long>> expected;
  /** Post id to the author its old link, Post.authorId, holds; absent where it is NULL. */
  private final Map<Long, Long> links;
  private final List<Long> posts;
  private final Random random;
  private boolean inserted;

  JoinWriter(Release release, boolean manyAuthors, SessionFactory sessions,
      Map<Long, Set<Long>> expected, Map<Long, Long> links, List<Long> posts, long seed) {
    super(release.name() + "-join-writer");
    this.release = release;
    this.manyAuthors = manyAuthors;
    this.release1 = manyAuthors ? null : new JoinRelease1(release);
    this.release2 = manyAuthors ? new JoinRelease2(release) : null;
    this.code = manyAuthors ? release2 : release1;
    this.sessions = sessions;
    this.expected = expected;
    this.links = links;
    this.posts = new ArrayList<>(posts);
    this.random = new Random(seed);
  }

  @Override
  void writeOnce() throws Exception {
    int kind = random.nextInt(10);
    long post = posts.get(random.nextInt(posts.size()));
    long author = 1 + random.nextInt(AUTHORS);
    // The first write inserts, so even a short rollout has rows written by every release.
    if (kind == 0 || !inserted) {
      insertPost(author);
      inserted = true;
    } else if (!manyAuthors) {
      setAuthor(post, author, kind <= 3);
    } else if (kind <= 5) {
      addAuthor(post, author);
    } else {
      removeAuthor(post);
    }
  }

  private void insertPost(long author) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object post = code.create("Post", "created by " + release.name());
      if (!manyAuthors) {
        release1.setAuthorId(post, author);
      }
      session.persist(post);
      session.flush();
      long id = code.id(post);
      if (manyAuthors) {
        session.persist(release2.pair(id, author));
      }
      transaction.commit();
      posts.add(id);
      expected.put(id, new TreeSet<>(Set.of(author)));
      links.put(id, author);
    }
  }

  /** Release 1: the post's one author, set in one session or merged from a detached post. */
  private void setAuthor(long post, long author, boolean detached) throws Exception {
    Object row;
    if (detached) {
      try (Session session = sessions.openSession()) {
        row = session.find(release.type("Post"), post);
      }
      Thread.sleep(3);
    } else {
      row = null;
    }
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      if (row == null) {
        row = session.find(release.type("Post"), post);
        release1.setAuthorId(row, author);
      } else {
        release1.setAuthorId(row, author);
        session.merge(row);
      }
      transaction.commit();
      Set<Long> authors = new TreeSet<>(expected.get(post));
      Long replaced = links.get(post);
      if (replaced != null) {
        authors.remove(replaced);
      }
      authors.add(author);
      expected.put(post, authors);
      links.put(post, author);
    }
  }

  private List<?> pairs(Session session, long post) {
    return session.createQuery("from PostAuthor where postId = :post", release.type("PostAuthor"))
        .setParameter("post", post).list();
  }

  private void addAuthor(long post, long author) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      for (Object existing : pairs(session, post)) {
        if (release2.authorId(existing).equals(author)) {
          transaction.commit();
          return;
        }
      }
      try {
        session.persist(release2.pair(post, author));
        transaction.commit();
      } catch (org.hibernate.exception.ConstraintViolationException present) {
        // The backfill inserted the same pair meanwhile: the author is there, as wanted.
        transaction.rollback();
      }
      expected.computeIfAbsent(post, p -> new TreeSet<>()).add(author);
      links.putIfAbsent(post, author);
    }
  }

  private void removeAuthor(long post) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      List<?> rows = pairs(session, post);
      if (rows.isEmpty()) {
        transaction.commit();
        return;
      }
      Object row = rows.get(random.nextInt(rows.size()));
      Long author = release2.authorId(row);
      session.remove(row);
      transaction.commit();
      Set<Long> authors = expected.get(post);
      authors.remove(author);
      if (author.equals(links.get(post))) {
        if (authors.isEmpty()) {
          links.remove(post);
        } else {
          links.put(post, authors.iterator().next()); // the smallest: the sets are sorted
        }
      }
    }
  }
}
