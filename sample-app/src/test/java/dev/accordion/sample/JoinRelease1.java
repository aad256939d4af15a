package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Release 1 of the join (one-to-many, one-to-many-association): a post has one author, the key
 * Post.authorId or the {@code @ManyToOne} Post.author.
 */
final class JoinRelease1 extends ReshapingRelease {

  /** Post.setAuthorId(Long), or null where the link is the association. */
  private final Method setAuthorId;
  /** Post.setAuthor(Author), or null where the link is a key. */
  private final Method setAuthor;

  JoinRelease1(Release release) {
    super(release);
    this.setAuthorId = optionalMethod("Post", "setAuthorId", Long.class);
    this.setAuthor = setAuthorId != null ? null : method("Post", "setAuthor", type("Author"));
  }

  /** Sets the post's one author; null takes it away. */
  void setAuthor(Session session, Object post, Long author) {
    if (setAuthorId != null) {
      call(setAuthorId, post, author);
    } else {
      call(setAuthor, post, author == null ? null : session.getReference(type("Author"), author));
    }
  }

  /** Every post's one author, where it has one, as this release reads it. */
  Map<Long, Long> authorOfEachPost(Session session) {
    String authorId = setAuthorId != null ? "authorId" : "author.id";
    Map<Long, Long> authors = new TreeMap<>();
    for (Object[] post : session.createQuery("select id, " + authorId + " from Post where "
        + authorId + " is not null", Object[].class).list()) {
      authors.put((Long) post[0], (Long) post[1]);
    }
    return authors;
  }
}
