package dev.accordion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.exception.ConstraintViolationException;

/**
 * An application instance writing a post's authors while the link becomes m:n, through its
 * release's facade, which knows the form: release 1 sets the single author (Post.authorId, or
 * the {@code @ManyToOne} Post.author); releases 2 and 3 add and remove authors (PostAuthor rows,
 * or the {@code @ManyToMany} Post.authors). After each commit it records the set of authors each
 * post must end with, and the author the old link holds, as the expand's sync keeps it: release
 * 1 replacing that author leaves the co-authors the later releases added, and removing it in a
 * later release moves the link to the smallest author left. A release that cannot write the old
 * link also merges posts loaded a moment before with only the label changed (as a web form
 * does), which must change no link.
 */
final class JoinWriter extends WriterThread {

  /** The authors of the form whose link is a plain key: any numbers, no table holds them. */
  static final List<Long> NUMBERED_AUTHORS = LongStream.rangeClosed(1, 20).boxed().toList();

  private final Release release;
  private final boolean manyAuthors;
  /** Release 1's one author; null when a post has many. */
  private final JoinRelease1 release1;
  /** The authors of releases 2 and 3; null when a post has one author. */
  private final JoinRelease2 release2;
  /** Whichever of the two this writer's release has. */
  private final ReshapingRelease code;
  private final SessionFactory sessions;
  private final Map<Long, Set<Long>> expected;
  /** Post id to the author its old link holds; absent where it is NULL. */
  private final Map<Long, Long> links;
  private final List<Long> posts;
  private final List<Long> authors;
  private final Random random;
  private boolean inserted;

  JoinWriter(Release release, boolean manyAuthors, SessionFactory sessions,
      Map<Long, Set<Long>> expected, Map<Long, Long> links, List<Long> posts, long seed) {
    this(release, manyAuthors, sessions, expected, links, posts, NUMBERED_AUTHORS, seed);
  }

  JoinWriter(Release release, boolean manyAuthors, SessionFactory sessions,
      Map<Long, Set<Long>> expected, Map<Long, Long> links, List<Long> posts, List<Long> authors,
      long seed) {
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
    this.authors = List.copyOf(authors);
    this.random = new Random(seed);
  }

  @Override
  void writeOnce() throws Exception {
    int kind = random.nextInt(10);
    long post = posts.get(random.nextInt(posts.size()));
    long author = authors.get(random.nextInt(authors.size()));
    // The first write inserts, so even a short rollout has rows written by every release.
    if (kind == 0 || !inserted) {
      insertPost(author);
      inserted = true;
    } else if (!manyAuthors) {
      setAuthor(post, author, kind <= 3);
    } else if (kind <= 5) {
      addAuthor(post, author);
    } else if (kind <= 7 || release2.writesOldLink()) {
      removeAuthor(post);
    } else {
      editDetached(post);
    }
  }

  private void insertPost(long author) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      String label = "created by " + release.name();
      Object post;
      if (manyAuthors) {
        post = release2.newPost(session, label, author);
      } else {
        post = code.create("Post", label);
        release1.setAuthor(session, post, author);
        session.persist(post);
      }
      transaction.commit();
      long id = code.id(post);
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
        release1.setAuthor(session, row, author);
      } else {
        release1.setAuthor(session, row, author);
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

  private void addAuthor(long post, long author) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      if (release2.authorsOf(session, post).contains(author)) {
        transaction.commit();
        return;
      }
      try {
        release2.addAuthor(session, post, author);
        session.flush();
        transaction.commit();
      } catch (RuntimeException e) {
        if (!isDuplicate(e)) {
          throw e;
        }
        // The backfill inserted the same pair meanwhile: the author is there, as wanted.
        transaction.rollback();
      }
      expected.computeIfAbsent(post, p -> new TreeSet<>()).add(author);
      links.putIfAbsent(post, author);
    }
  }

  private static boolean isDuplicate(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException) {
        return true;
      }
    }
    return false;
  }

  private void removeAuthor(long post) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      List<Long> present = new ArrayList<>(release2.authorsOf(session, post));
      if (present.isEmpty()) {
        transaction.commit();
        return;
      }
      Long author = present.get(random.nextInt(present.size()));
      release2.removeAuthor(session, post, author);
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

  /**
   * Loads the post, lets time pass, and merges it back with only the label changed: its authors
   * and the old link stay as the other writes and the triggers left them.
   */
  private void editDetached(long post) throws Exception {
    Object row;
    try (Session session = sessions.openSession()) {
      row = session.find(release.type("Post"), post);
    }
    Thread.sleep(3);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      code.setLabel(row, "edited by " + release.name());
      session.merge(row);
      transaction.commit();
    }
  }
}
