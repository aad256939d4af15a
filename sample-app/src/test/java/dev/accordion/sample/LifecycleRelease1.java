package dev.accordion.sample;

import java.lang.reflect.Method;

/** Release 1 of the seeds' entities: Post.published, a boolean; Profile.bio. */
final class LifecycleRelease1 extends LifecycleRelease {

  private final Method setPublished = method("Post", "setPublished", boolean.class);
  private final Method setBio = method("Profile", "setBio", String.class);

  LifecycleRelease1(Release release) {
    super(release);
  }

  void setPublished(Object post, boolean published) {
    call(setPublished, post, published);
  }

  void setBio(Object profile, String bio) {
    call(setBio, profile, bio);
  }
}
