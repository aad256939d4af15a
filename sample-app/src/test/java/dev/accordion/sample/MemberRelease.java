package dev.accordion.sample;

import java.lang.reflect.Method;

/** Any release's Member (table-rename): every release maps the same email and points. */
final class MemberRelease extends ReshapingRelease {

  private final Method setEmail = method("Member", "setEmail", String.class);
  private final Method getEmail = method("Member", "getEmail");
  private final Method setPoints = method("Member", "setPoints", Integer.class);
  private final Method getPoints = method("Member", "getPoints");

  MemberRelease(Release release) {
    super(release);
  }

  void setEmail(Object member, String email) {
    call(setEmail, member, email);
  }

  String email(Object member) {
    return (String) call(getEmail, member);
  }

  void setPoints(Object member, Integer points) {
    call(setPoints, member, points);
  }

  Integer points(Object member) {
    return (Integer) call(getPoints, member);
  }
}
