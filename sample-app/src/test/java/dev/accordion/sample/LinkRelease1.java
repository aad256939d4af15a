package dev.accordion.sample;

import java.lang.reflect.Method;

/** Release 1 of the link (link-move): a profile links to its account, Profile.accountId. */
final class LinkRelease1 extends ReshapingRelease {

  private final Method setAccountId = method("Profile", "setAccountId", Long.class);

  LinkRelease1(Release release) {
    super(release);
  }

  void setAccountId(Object profile, Long accountId) {
    call(setAccountId, profile, accountId);
  }
}
