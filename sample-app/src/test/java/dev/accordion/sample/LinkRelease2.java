package dev.accordion.sample;

import java.lang.reflect.Method;

/**
 * Release 2 of the link (link-move), which release 3 keeps: the link moved to the other side,
 * an account links to its profile, Account.profileId.
 */
final class LinkRelease2 extends ReshapingRelease {

  private final Method setProfileId = method("Account", "setProfileId", Long.class);
  private final Method getProfileId = method("Account", "getProfileId");

  LinkRelease2(Release release) {
    super(release);
  }

  void setProfileId(Object account, Long profileId) {
    call(setProfileId, account, profileId);
  }

  Long profileId(Object account) {
    return (Long) call(getProfileId, account);
  }
}
