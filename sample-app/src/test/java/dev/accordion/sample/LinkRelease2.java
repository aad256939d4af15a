package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Release 2 of the link (link-move, link-move-association), which release 3 keeps: the link
 * moved to the other side, an account links to its profile, through the key Account.profileId
 * or the {@code @OneToOne} Account.profile.
 */
final class LinkRelease2 extends ReshapingRelease {

  /** Account.setProfileId(Long), or null where the link is the association. */
  private final Method setProfileId;
  private final Method getProfileId;
  /** Account.setProfile(Profile), or null where the link is a key. */
  private final Method setProfile;
  private final Method getProfile;

  LinkRelease2(Release release) {
    super(release);
    this.setProfileId = optionalMethod("Account", "setProfileId", Long.class);
    boolean key = setProfileId != null;
    this.getProfileId = key ? method("Account", "getProfileId") : null;
    this.setProfile = key ? null : method("Account", "setProfile", type("Profile"));
    this.getProfile = key ? null : method("Account", "getProfile");
  }

  /** Links {@code account} to profile {@code profile}; null unlinks it. */
  void setProfile(Session session, Object account, Long profile) {
    if (setProfileId != null) {
      call(setProfileId, account, profile);
    } else {
      call(setProfile, account,
          profile == null ? null : session.getReference(type("Profile"), profile));
    }
  }

  /** The key of the account's profile, as the release's getter reads it; null for none. */
  Long profileId(Object account) {
    if (getProfileId != null) {
      return (Long) call(getProfileId, account);
    }
    Object profile = call(getProfile, account);
    return profile == null ? null : id(profile);
  }

  /** Every account's profile (null for none), as this release reads the links. */
  Map<Long, Long> profileOfEachAccount(Session session) {
    String profileId = setProfileId != null ? "profileId" : "profile.id";
    Map<Long, Long> links = new TreeMap<>();
    for (Object[] link : session.createQuery("select a.id, a." + profileId + " from Account a",
        Object[].class).list()) {
      links.put((Long) link[0], (Long) link[1]);
    }
    return links;
  }
}
