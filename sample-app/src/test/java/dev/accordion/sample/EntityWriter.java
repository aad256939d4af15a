package dev.accordion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance of one release writing one entity through Hibernate while migrations
 * run: it updates rows it owns (loaded and saved in one session, or loaded, held and merged
 * later, as a web form does), inserts new ones, and records after each commit the canonical
 * value each row must finally hold.
 */
final class EntityWriter implements Runnable {

  private final Release release;
  private final String entity;
  private final SessionFactory sessions;
  private final Mapping mapping;
  private final Map<Long, String> expected;
  private final List<Long> owned;
  private final Random random;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger writes = new AtomicInteger();
  private final List<Throwable> failures = new ArrayList<>();
  private Thread thread;

  EntityWriter(Release release, String entity, SessionFactory sessions, Mapping mapping,
      Map<Long, String> expected, List<Long> owned, long seed) {
    this.release = release;
    this.entity = entity;
    this.sessions = sessions;
    this.mapping = mapping;
    this.expected = expected;
    this.owned = new ArrayList<>(owned);
    this.random = new Random(seed);
  }

  synchronized void start() {
    if (thread == null) {
      thread = new Thread(this, release.name() + "-" + entity + "-writer");
      thread.start();
    }
  }

  boolean started() {
    return thread != null;
  }

  /** Stops the writer and returns how many writes it committed; rethrows what it failed on. */
  int stop() throws InterruptedException {
    stop.set(true);
    if (thread != null) {
      thread.join();
    }
    synchronized (failures) {
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError(release.name() + " " + entity + " writer failed");
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
    int kind = random.nextInt(10);
    long id = owned.get(random.nextInt(owned.size()));
    for (int attempt = 1; ; attempt++) {
      try {
        if (kind == 0) {
          insert();
        } else if (kind <= 3) {
          editDetached(id);
        } else {
          update(id);
        }
        return;
      } catch (RuntimeException e) {
        // SQLSTATE 40001 (MariaDB's metadata-lock deadlock with an online ALTER, PostgreSQL's
        // serialization failure): nothing was written, and applications retry it.
        if (attempt == 3 || !isRetryable(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean isRetryable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "40001".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private void update(long id) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object row = session.find(release.type(entity), id);
      String value = mapping.write(row, random);
      transaction.commit();
      expected.put(id, value);
    }
  }

  private void insert() throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object row = release.type(entity).getConstructor().newInstance();
      Mapping.call(row, "setLabel", "inserted by " + release.name());
      String value = mapping.write(row, random);
      session.persist(row);
      transaction.commit();
      long id = (Long) Mapping.call(row, "getId");
      owned.add(id);
      expected.put(id, value);
    }
  }

  /**
   * Loads a row, lets time pass (the backfill may fill the new columns meanwhile), then merges
   * it back with only the label changed: Hibernate writes every column as loaded, possibly
   * NULL in a new column. The reshaped value must not change.
   */
  private void editDetached(long id) throws Exception {
    Object row;
    try (Session session = sessions.openSession()) {
      row = session.find(release.type(entity), id);
    }
    Thread.sleep(3);
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Mapping.call(row, "setLabel", "edited by " + release.name());
      session.merge(row);
      transaction.commit();
    }
  }
}
