package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * Release 2 of the join (one-to-many, one-to-many-association), which release 3 keeps: a post's
 * authors are rows of the join entity PostAuthor(postId, authorId), or the {@code @ManyToMany}
 * Post.authors, whose join table Hibernate writes.
 */
final class JoinRelease2 extends ReshapingRelease {

  /** Post.getAuthors(), or null where the authors are join entities. */
  private final Method getAuthors;
  private final Method setPostId;
  private final Method getPostId;
  private final Method setAuthorId;
  private final Method getAuthorId;
  /** Whether the release's Post can still write its one author (release 2 of one-to-many). */
  private final boolean writesOldLink;

  JoinRelease2(Release release) {
    super(release);
    this.getAuthors = optionalMethod("Post", "getAuthors");
    boolean entity = getAuthors == null;
    this.setPostId = entity ? method("PostAuthor", "setPostId", Long.class) : null;
    this.getPostId = entity ? method("PostAuthor", "getPostId") : null;
    this.setAuthorId = entity ? method("PostAuthor", "setAuthorId", Long.class) : null;
    this.getAuthorId = entity ? method("PostAuthor", "getAuthorId") : null;
    this.writesOldLink = optionalMethod("Post", "setAuthorId", Long.class) != null
        || !entity && optionalMethod("Post", "setAuthor", type("Author")) != null;
  }

  /**
   * Whether the release's Post can write the one author of the release before: a post it
   * loaded a moment before and saves later would write that author back as it was loaded.
   */
  boolean writesOldLink() {
    return writesOldLink;
  }

  /** A new post labelled {@code label} with one author, persisted in {@code session}. */
  Object newPost(Session session, String label, long author) {
    Object post = create("Post", label);
    if (getAuthors != null) {
      authors(post).add(session.getReference(type("Author"), author));
      session.persist(post);
    } else {
      session.persist(post);
      session.flush();
      session.persist(pair(id(post), author));
    }
    return post;
  }

  /** The authors of {@code post}, as this release reads them in {@code session}. */
  Set<Long> authorsOf(Session session, long post) {
    Set<Long> authors = new TreeSet<>();
    if (getAuthors != null) {
      authors(session.find(type("Post"), post)).forEach(author -> authors.add(id(author)));
    } else {
      pairs(session, post).forEach(pair -> authors.add(authorId(pair)));
    }
    return authors;
  }

  /** Gives {@code post} the author {@code author}, in {@code session}'s transaction. */
  void addAuthor(Session session, long post, long author) {
    if (getAuthors != null) {
      authors(session.find(type("Post"), post))
          .add(session.getReference(type("Author"), author));
    } else {
      session.persist(pair(post, author));
    }
  }

  /** Takes the author {@code author} away from {@code post}, in {@code session}'s transaction. */
  void removeAuthor(Session session, long post, long author) {
    if (getAuthors != null) {
      authors(session.find(type("Post"), post)).removeIf(a -> id(a) == author);
    } else {
      pairs(session, post).stream().filter(pair -> authorId(pair) == author)
          .forEach(session::remove);
    }
  }

  /** Every post's authors, as this release reads them; a post without one is absent. */
  Map<Long, Set<Long>> authorsOfEachPost(Session session) {
    Map<Long, Set<Long>> authors = new TreeMap<>();
    List<Object[]> pairs = getAuthors != null
        ? session.createQuery("select p.id, a.id from Post p join p.authors a", Object[].class)
            .list()
        : session.createQuery("select postId, authorId from PostAuthor", Object[].class).list();
    for (Object[] pair : pairs) {
      authors.computeIfAbsent((Long) pair[0], post -> new TreeSet<>()).add((Long) pair[1]);
    }
    return authors;
  }

  /** A new PostAuthor row: {@code author} is an author of {@code post}. */
  Object pair(long post, long author) {
    Object pair = create("PostAuthor");
    call(setPostId, pair, post);
    call(setAuthorId, pair, author);
    return pair;
  }

  Long postId(Object pair) {
    return (Long) call(getPostId, pair);
  }

  Long authorId(Object pair) {
    return (Long) call(getAuthorId, pair);
  }

  private List<?> pairs(Session session, long post) {
    return session.createQuery("from PostAuthor where postId = :post", type("PostAuthor"))
        .setParameter("post", post).list();
  }

  @SuppressWarnings("unchecked")
  private Collection<Object> authors(Object post) {
    return (Collection<Object>) call(getAuthors, post);
  }
}
