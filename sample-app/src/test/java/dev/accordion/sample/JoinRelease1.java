package dev.accordion.sample;

import java.lang.reflect.Method;

/** Release 1 of the join (one-to-many): a post has one author, Post.authorId. */
final class JoinRelease1 extends ReshapingRelease {

  private final Method setAuthorId = method("Post", "setAuthorId", Long.class);

  JoinRelease1(Release release) {
    super(release);
  }

  void setAuthorId(Object post, Long authorId) {
    call(setAuthorId, post, authorId);
  }
}
