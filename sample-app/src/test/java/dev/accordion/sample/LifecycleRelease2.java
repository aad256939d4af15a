package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Release 2 of the seeds' entities, which release 3 keeps: Post.published mapped to a status
 * (Status: Unknown, Draft, InProgress, InReview, Published); Profile.bio renamed biography.
 */
final class LifecycleRelease2 extends LifecycleRelease {

  private final Map<String, Object> statuses = constants("Status");
  private final Method setStatus = method("Post", "setStatus", type("Status"));
  private final Method getStatus = method("Post", "getStatus");
  private final Method setBiography = method("Profile", "setBiography", String.class);

  LifecycleRelease2(Release release) {
    super(release);
  }

  /** The statuses a post may take, in their order. */
  List<String> statuses() {
    return List.copyOf(statuses.keySet());
  }

  void setStatus(Object post, String status) {
    call(setStatus, post, constant(statuses, status));
  }

  String status(Object post) {
    return name(call(getStatus, post));
  }

  void setBiography(Object profile, String biography) {
    call(setBiography, profile, biography);
  }

  /**
   * The post's fields published and status, as Hibernate writes them, past the getter: "false|Draft"
   * (release 2 only: release 3 has no published).
   */
  String storedFields(Object post) {
    return get(field("Post", "published"), post) + "|" + name(get(field("Post", "status"), post));
  }
}
