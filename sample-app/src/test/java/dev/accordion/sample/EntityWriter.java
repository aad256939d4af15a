package dev.accordion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance of one release writing one entity through Hibernate while migrations
 * run: it updates rows it owns (loaded and saved in one session, or loaded, held and merged
 * later, as a web form does), inserts new ones, and records after each commit the canonical
 * value each row must finally hold.
 */
final class EntityWriter extends WriterThread {

  private final Release release;
  private final ReshapingRelease code;
  private final String entity;
  private final SessionFactory sessions;
  private final Mapping mapping;
  private final Map<Long, String> expected;
  private final List<Long> owned;
  private final Random random;
  private boolean inserted;

  EntityWriter(Release release, String entity, SessionFactory sessions, Mapping mapping,
      Map<Long, String> expected, List<Long> owned, long seed) {
    super(release.name() + "-" + entity + "-writer");
    this.release = release;
    this.code = new ReshapingRelease(release);
    this.entity = entity;
    this.sessions = sessions;
    this.mapping = mapping;
    this.expected = expected;
    this.owned = new ArrayList<>(owned);
    this.random = new Random(seed);
  }

  @Override
  void writeOnce() throws Exception {
    int kind = random.nextInt(10);
    long id = owned.get(random.nextInt(owned.size()));
    // The first write inserts, so even a short rollout has rows written by every release.
    if (kind == 0 || !inserted) {
      insert();
      inserted = true;
    } else if (kind <= 3) {
      editDetached(id);
    } else {
      update(id);
    }
  }

  private void update(long id) throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object row = session.find(release.type(entity), id);
      String value = mapping.write(row, random);
      transaction.commit();
      expected.put(id, mapping.after(expected.get(id), value));
    }
  }

  private void insert() throws Exception {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object row = code.create(entity, "inserted by " + release.name());
      String value = mapping.write(row, random);
      session.persist(row);
      transaction.commit();
      long id = code.id(row);
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
      code.setLabel(row, "edited by " + release.name());
      session.merge(row);
      transaction.commit();
    }
  }
}
