package dev.accordion.sample;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Any release of the seeds' Post and Profile ({@link Releases}): a post's title, and the ids,
 * which the entities keep in a field with no getter. {@link LifecycleRelease1} and
 * {@link LifecycleRelease2} add the fields each release migrates.
 */
abstract class LifecycleRelease extends ReleaseFacade {

  private final Method setTitle = method("Post", "setTitle", String.class);
  private final Field postId = field("Post", "id");
  private final Field profileId = field("Profile", "id");

  LifecycleRelease(Release release) {
    super(release);
  }

  final void setTitle(Object post, String title) {
    call(setTitle, post, title);
  }

  /** The id the database gave a post or a profile. */
  final long id(Object entity) {
    return (Long) get(entity.getClass() == postId.getDeclaringClass() ? postId : profileId, entity);
  }
}
