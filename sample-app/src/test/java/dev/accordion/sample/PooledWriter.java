package dev.accordion.sample;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance of one release of the seeds' Post and Profile, on a connection pool:
 * in turn it inserts, updates, finds by id and queries a page of each entity, so every
 * statement it makes is executed often on each pooled connection (and, on PostgreSQL, prepared
 * on the server). A write that fails on the database is counted by its statement and the writer
 * goes on, so one run shows every statement a migration breaks; {@link #stop()} still fails on
 * anything else.
 */
final class PooledWriter extends WriterThread {

  private final Release release;
  private final int releaseNumber;
  /** Release 1's Post and Profile; null in releases 2 and 3. */
  private final LifecycleRelease1 release1;
  /** Those of releases 2 and 3; null in release 1. */
  private final LifecycleRelease2 release2;
  /** Whichever of the two this writer's release has. */
  private final LifecycleRelease code;
  private final SessionFactory sessions;
  private final List<Long> posts = new CopyOnWriteArrayList<>();
  private final List<Long> profiles = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private int step;

  PooledWriter(Release release, int releaseNumber, SessionFactory sessions, long firstSeeded,
      long lastSeeded) {
    super(release.name() + "-pooled-writer");
    this.release = release;
    this.releaseNumber = releaseNumber;
    this.release1 = releaseNumber == 1 ? new LifecycleRelease1(release) : null;
    this.release2 = releaseNumber == 1 ? null : new LifecycleRelease2(release);
    this.code = releaseNumber == 1 ? release1 : release2;
    this.sessions = sessions;
    for (long id = firstSeeded; id <= lastSeeded; id++) {
      posts.add(id);
      profiles.add(id);
    }
  }

  /** Statement to how many times the database refused it, in statement order. */
  Map<String, Integer> failedStatements() {
    Map<String, Integer> counts = new TreeMap<>();
    failures.forEach((sql, count) -> counts.put(sql, count.get()));
    return counts;
  }

  @Override
  void writeOnce() throws Exception {
    boolean post = step % 2 == 0;
    String entity = post ? "Post" : "Profile";
    List<Long> owned = post ? posts : profiles;
    long id = owned.get((step / 2) % owned.size());
    int kind = (step / 2) % 4;
    step++;
    try {
      switch (kind) {
        case 0 -> insert(entity, owned);
        case 1 -> update(entity, id);
        case 2 -> find(entity, id);
        default -> query(entity, id);
      }
    } catch (RuntimeException e) {
      JDBCException refusal = refusal(e);
      if (refusal == null) {
        throw e;
      }
      String error = refusal.getSQLException().getMessage().lines().findFirst().orElse("");
      failures.computeIfAbsent(error + " on: " + refusal.getSQL(), key -> new AtomicInteger())
          .incrementAndGet();
    }
  }

  /**
   * The database's refusal of a statement, as a migration's DDL may cause in statements prepared
   * before it; null for anything else, deadlocks included, which the retry every writer has
   * takes care of.
   */
  private static JDBCException refusal(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof JDBCException jdbc && jdbc.getSQLException() != null) {
        String state = jdbc.getSQLException().getSQLState();
        return state == null || state.equals("40001") || state.equals("40P01") ? null : jdbc;
      }
    }
    return null;
  }

  private void insert(String entity, List<Long> owned) throws Exception {
    Object row = code.create(entity);
    if (entity.equals("Post")) {
      code.setTitle(row, "inserted by " + release.name());
    }
    write(row);
    owned.add((Long) inTransaction(session -> {
      session.persist(row);
      return session.getIdentifier(row);
    }));
  }

  private void update(String entity, long id) throws Exception {
    inTransaction(session -> {
      write(session.find(release.type(entity), id));
      return null;
    });
  }

  private void find(String entity, long id) throws Exception {
    inTransaction(session -> session.find(release.type(entity), id));
  }

  /** A page of rows from {@code id} on, loaded as entities. */
  private void query(String entity, long id) throws Exception {
    inTransaction(session ->
        session.createQuery("from " + entity + " where id >= :id order by id", release.type(entity))
            .setParameter("id", id)
            .setMaxResults(5)
            .list());
  }

  /** Work in one session and transaction, committed, or rolled back if it throws. */
  private <T> T inTransaction(Work<T> work) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      try {
        T result = work.run(session);
        transaction.commit();
        return result;
      } catch (Exception e) {
        try {
          if (transaction.isActive()) {
            transaction.rollback();
          }
        } catch (RuntimeException rollback) {
          e.addSuppressed(rollback); // the pool may have closed a connection the error broke
        }
        throw e;
      }
    }
  }

  private interface Work<T> {
    T run(Session session) throws Exception;
  }

  /** Sets the migrated field of a post or profile as this release's code does. */
  private void write(Object row) {
    String value = release.name() + " wrote " + step;
    if (row.getClass().getSimpleName().equals("Post")) {
      if (releaseNumber == 1) {
        release1.setPublished(row, step % 3 == 0);
      } else {
        release2.setStatus(row, "Draft");
      }
    } else if (releaseNumber == 1) {
      release1.setBio(row, value);
    } else {
      release2.setBiography(row, value);
    }
  }
}
