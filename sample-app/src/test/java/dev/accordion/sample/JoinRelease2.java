package dev.accordion.sample;

import java.lang.reflect.Method;

/**
 * Release 2 of the join (one-to-many), which release 3 keeps: a post's authors are rows of the
 * join table PostAuthor(postId, authorId).
 */
final class JoinRelease2 extends ReshapingRelease {

  private final Method setPostId = method("PostAuthor", "setPostId", Long.class);
  private final Method getPostId = method("PostAuthor", "getPostId");
  private final Method setAuthorId = method("PostAuthor", "setAuthorId", Long.class);
  private final Method getAuthorId = method("PostAuthor", "getAuthorId");

  JoinRelease2(Release release) {
    super(release);
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
}
