package dev.accordion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance of one release, writing through Hibernate while migrations run: it
 * updates random rows it owns and inserts new ones, and records, after each commit, what the
 * new column must finally hold for that row (the transform of what it wrote).
 */
final class Writer extends WriterThread {

  /** What the final schema must show for each row: Post.status and Profile.biography. */
  record Expected(Map<Long, String> postStatus, Map<Long, String> profileBiography) {
    Expected() {
      this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
  }

  private final Release release;
  private final int releaseNumber;
  /** Release 1's Post and Profile; null in releases 2 and 3. */
  private final LifecycleRelease1 release1;
  /** Those of releases 2 and 3; null in release 1. */
  private final LifecycleRelease2 release2;
  /** Whichever of the two this writer's release has. */
  private final LifecycleRelease code;
  private final SessionFactory sessions;
  private final Expected expected;
  private final List<Long> posts;
  private final List<Long> profiles;
  private final Random random;
  /** Off while the new release's profile columns do not exist yet. */
  private volatile boolean writesProfiles = true;

  Writer(Release release, int releaseNumber, SessionFactory sessions, Expected expected,
      List<Long> posts, List<Long> profiles, long seed) {
    super(release.name() + "-writer");
    this.release = release;
    this.releaseNumber = releaseNumber;
    this.release1 = releaseNumber == 1 ? new LifecycleRelease1(release) : null;
    this.release2 = releaseNumber == 1 ? null : new LifecycleRelease2(release);
    this.code = releaseNumber == 1 ? release1 : release2;
    this.sessions = sessions;
    this.expected = expected;
    this.posts = new ArrayList<>(posts);
    this.profiles = new ArrayList<>(profiles);
    this.random = new Random(seed);
  }

  /** Writes posts only, until {@link #allowProfiles()}. */
  Writer postsOnly() {
    writesProfiles = false;
    return this;
  }

  void allowProfiles() {
    writesProfiles = true;
  }

  @Override
  void writeOnce() throws Exception {
    boolean post = !writesProfiles || random.nextBoolean();
    Class<?> type = release.type(post ? "Post" : "Profile");
    List<Long> owned = post ? posts : profiles;
    int kind = random.nextInt(10);
    long id = owned.get(random.nextInt(owned.size()));
    if (kind == 0) {
      insert(type, post, owned);
    } else if (kind <= 3) {
      editDetached(type, post, id);
    } else {
      update(type, post, id);
    }
  }

  /** Loads a row, changes the migrated field as this release does, commits. */
  private void update(Class<?> type, boolean post, long id) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object entity = session.find(type, id);
      String value = post ? writePost(entity) : writeProfile(entity);
      transaction.commit();
      (post ? expected.postStatus() : expected.profileBiography()).put(id, value);
    }
  }

  private void insert(Class<?> type, boolean post, List<Long> owned) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object entity = code.create(type.getSimpleName());
      if (post) {
        code.setTitle(entity, "inserted by " + release.name());
      }
      String value = post ? writePost(entity) : writeProfile(entity);
      session.persist(entity);
      transaction.commit();
      long id = code.id(entity);
      owned.add(id);
      (post ? expected.postStatus() : expected.profileBiography()).put(id, value);
    }
  }

  /**
   * The web-form edit: loads a row, lets time pass (the backfill may fill the new column
   * meanwhile), then merges it back with only the title changed. Hibernate writes every column,
   * so the new column goes back as it was loaded, possibly NULL. The migrated value must not
   * change: nothing here meant to change it.
   */
  private void editDetached(Class<?> type, boolean post, long id) throws Exception {
    Object entity;
    try (Session session = sessions.openSession()) {
      entity = session.find(type, id);
    }
    Thread.sleep(3);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      if (post) {
        code.setTitle(entity, "edited by " + release.name());
      }
      session.merge(entity);
      transaction.commit();
    }
  }

  /** Writes the post as this release's code does; returns the status it must end with. */
  private String writePost(Object post) {
    if (releaseNumber == 1) {
      boolean published = random.nextBoolean();
      release1.setPublished(post, published);
      return published ? "Published" : "Unknown";
    }
    List<String> statuses = release2.statuses();
    String status = statuses.get(random.nextInt(statuses.size()));
    release2.setStatus(post, status);
    return status;
  }

  private String writeProfile(Object profile) {
    String value = release.name() + " wrote " + random.nextInt(1_000_000);
    if (releaseNumber == 1) {
      release1.setBio(profile, value);
    } else {
      release2.setBiography(profile, value);
    }
    return value;
  }
}
