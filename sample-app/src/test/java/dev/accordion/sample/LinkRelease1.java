package dev.accordion.sample;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Release 1 of the link (link-move, link-move-association): a profile links to its account,
 * through the key Profile.accountId or the {@code @OneToOne} Profile.account.
 */
final class LinkRelease1 extends ReshapingRelease {

  /** Profile.setAccountId(Long), or null where the link is the association. */
  private final Method setAccountId;
  /** Profile.setAccount(Account), or null where the link is a key. */
  private final Method setAccount;

  LinkRelease1(Release release) {
    super(release);
    this.setAccountId = optionalMethod("Profile", "setAccountId", Long.class);
    this.setAccount =
        setAccountId != null ? null : method("Profile", "setAccount", type("Account"));
  }

  /** Links {@code profile} to account {@code account}; null unlinks it. */
  void setAccount(Session session, Object profile, Long account) {
    if (setAccountId != null) {
      call(setAccountId, profile, account);
    } else {
      call(setAccount, profile,
          account == null ? null : session.getReference(type("Account"), account));
    }
  }

  /** A profile's account key in a query: {@code accountId}, or {@code account.id}. */
  String accountId() {
    return setAccountId != null ? "accountId" : "account.id";
  }

  /** The profiles linking to {@code account}, as this release finds them. */
  List<?> profilesOf(Session session, long account) {
    return session.createQuery("from Profile where " + accountId() + " = :account",
        type("Profile")).setParameter("account", account).list();
  }

  /** Every linked account's profile, as this release reads the links. */
  Map<Long, Long> profileOfEachAccount(Session session) {
    Map<Long, Long> links = new TreeMap<>();
    for (Object[] link : session.createQuery("select " + accountId() + ", id from Profile where "
        + accountId() + " is not null", Object[].class).list()) {
      links.put((Long) link[0], (Long) link[1]);
    }
    return links;
  }
}
