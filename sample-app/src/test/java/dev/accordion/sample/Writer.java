package dev.accordion.sample;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance of one release, writing through Hibernate while migrations run: it
 * updates random rows it owns and inserts new ones, and records, after each commit, what the
 * new column must finally hold for that row (the transform of what it wrote).
 */
final class Writer implements Runnable {

  /** What the final schema must show for each row: Post.status and Profile.biography. */
  record Expected(Map<Long, String> postStatus, Map<Long, String> profileBiography) {
    Expected() {
      this(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }
  }

  private final Release release;
  private final int releaseNumber;
  private final SessionFactory sessions;
  private final Expected expected;
  private final List<Long> posts;
  private final List<Long> profiles;
  private final Random random;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger writes = new AtomicInteger();
  private final List<Throwable> failures = new ArrayList<>();
  private Thread thread;

  Writer(Release release, int releaseNumber, SessionFactory sessions, Expected expected,
      List<Long> posts, List<Long> profiles, long seed) {
    this.release = release;
    this.releaseNumber = releaseNumber;
    this.sessions = sessions;
    this.expected = expected;
    this.posts = new ArrayList<>(posts);
    this.profiles = new ArrayList<>(profiles);
    this.random = new Random(seed);
  }

  synchronized void start() {
    if (thread == null) {
      thread = new Thread(this, release.name() + "-writer");
      thread.start();
    }
  }

  boolean started() {
    return thread != null;
  }

  /** Stops the writer and returns how many writes it committed. */
  int stop() throws InterruptedException {
    stop.set(true);
    if (thread != null) {
      thread.join();
    }
    synchronized (failures) {
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError(release.name() + " writer failed");
        failures.forEach(error::addSuppressed);
        throw error;
      }
    }
    return writes.get();
  }

  @Override
  public void run() {
    while (!stop.get()) {
      try {
        writeOnce();
        writes.incrementAndGet();
        Thread.sleep(1);
      } catch (Throwable e) {
        synchronized (failures) {
          failures.add(e);
        }
        return;
      }
    }
  }

  private void writeOnce() throws Exception {
    boolean post = random.nextBoolean();
    boolean insert = random.nextInt(10) == 0;
    Class<?> type = release.type(post ? "Post" : "Profile");
    List<Long> owned = post ? posts : profiles;
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object entity;
      if (insert) {
        entity = type.getConstructor().newInstance();
        if (post) {
          type.getMethod("setTitle", String.class).invoke(entity, "inserted by " + release.name());
        }
      } else {
        entity = session.find(type, owned.get(random.nextInt(owned.size())));
      }
      String value = post ? writePost(entity) : writeProfile(entity);
      if (insert) {
        session.persist(entity);
      }
      transaction.commit();
      long id = (Long) idField(type).get(entity);
      if (insert) {
        owned.add(id);
      }
      (post ? expected.postStatus() : expected.profileBiography()).put(id, value);
    }
  }

  /** Writes the post as this release's code does; returns the status it must end with. */
  private String writePost(Object post) throws Exception {
    if (releaseNumber == 1) {
      boolean published = random.nextBoolean();
      post.getClass().getMethod("setPublished", boolean.class).invoke(post, published);
      return published ? "Published" : "Unknown";
    }
    Class<?> status = release.type("Status");
    Object[] constants = status.getEnumConstants();
    Object value = constants[random.nextInt(constants.length)];
    post.getClass().getMethod("setStatus", status).invoke(post, value);
    return ((Enum<?>) value).name();
  }

  private String writeProfile(Object profile) throws Exception {
    String value = release.name() + " wrote " + random.nextInt(1_000_000);
    String setter = releaseNumber == 1 ? "setBio" : "setBiography";
    profile.getClass().getMethod(setter, String.class).invoke(profile, value);
    return value;
  }

  private static Field idField(Class<?> type) throws NoSuchFieldException {
    Field id = type.getDeclaredField("id");
    id.setAccessible(true);
    return id;
  }
}
