package dev.accordion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance writing a 1-1 link between accounts and profiles while it moves from
 * the profile (release 1) to the account (releases 2 and 3), as a key (Profile.accountId to
 * Account.profileId) or as a {@code @OneToOne} (Profile.account to Account.profile), through
 * its release's facade, which knows which: it creates linked pairs,
 * relinks its accounts to new profiles, and merges accounts and profiles loaded a moment before
 * (as a web form does). After each commit it records which profile each account must end with.
 */
final class LinkWriter extends WriterThread {

  private final Release release;
  private final boolean linkOnAccount;
  /** How release 1 links, from the profile; null when the link is on the account. */
  private final LinkRelease1 release1;
  /** How releases 2 and 3 link, from the account; null when it is on the profile. */
  private final LinkRelease2 release2;
  /** Whichever of the two this writer's release has. */
  private final ReshapingRelease code;
  private final SessionFactory sessions;
  private final Map<Long, Long> expected;
  private final List<Long> accounts;
  private final Random random;
  private boolean inserted;

  LinkWriter(Release release, boolean linkOnAccount, SessionFactory sessions,
      Map<Long, Long> expected, List<Long> accounts, long seed) {
    super(release.name() + "-link-writer");
    this.release = release;
    this.linkOnAccount = linkOnAccount;
    this.release1 = linkOnAccount ? null : new LinkRelease1(release);
    this.release2 = linkOnAccount ? new LinkRelease2(release) : null;
    this.code = linkOnAccount ? release2 : release1;
    this.sessions = sessions;
    this.expected = expected;
    this.accounts = new ArrayList<>(accounts);
    this.random = new Random(seed);
  }

  @Override
  void writeOnce() throws Exception {
    int kind = random.nextInt(10);
    long account = accounts.get(random.nextInt(accounts.size()));
    // The first write inserts, so even a short rollout has rows written by every release.
    if (kind == 0 || !inserted) {
      insertPair();
      inserted = true;
    } else if (kind <= 3) {
      relink(account);
    } else {
      editDetached(account);
    }
  }

  private Object create(String entity) {
    return code.create(entity, "created by " + release.name());
  }

  /** A new account with its profile, linked the way this release links them. */
  private void insertPair() throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object account = create("Account");
      Object profile = create("Profile");
      if (linkOnAccount) {
        session.persist(profile);
        session.flush();
        release2.setProfile(session, account, code.id(profile));
        session.persist(account);
      } else {
        session.persist(account);
        session.flush();
        release1.setAccount(session, profile, code.id(account));
        session.persist(profile);
      }
      transaction.commit();
      long id = code.id(account);
      accounts.add(id);
      expected.put(id, code.id(profile));
    }
  }

  /** The account gets a new profile; the old one is left unlinked. */
  private void relink(long account) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object profile = create("Profile");
      if (linkOnAccount) {
        session.persist(profile);
        session.flush();
        Object row = session.find(release.type("Account"), account);
        release2.setProfile(session, row, code.id(profile));
      } else {
        // Unlink the old profile first: the database must never see two profiles on one account.
        for (Object old : release1.profilesOf(session, account)) {
          release1.setAccount(session, old, null);
        }
        session.flush();
        release1.setAccount(session, profile, account);
        session.persist(profile);
      }
      transaction.commit();
      expected.put(account, code.id(profile));
    }
  }

  /**
   * Loads the account (or, in release 1, its profile), lets time pass, and merges it back with
   * only the label changed: Hibernate writes the link as loaded, which must change nothing.
   */
  private void editDetached(long account) throws Exception {
    Object row;
    try (Session session = sessions.openSession()) {
      row = linkOnAccount
          ? session.find(release.type("Account"), account)
          : release1.profilesOf(session, account).stream().findFirst().orElse(null);
    }
    if (row == null) {
      return;
    }
    Thread.sleep(3);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      code.setLabel(row, "edited by " + release.name());
      session.merge(row);
      transaction.commit();
    }
  }
}
