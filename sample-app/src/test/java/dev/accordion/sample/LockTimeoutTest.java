package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On PostgreSQL, DDL that waits for a lock makes every later writer queue behind it. Accordion
 * runs its DDL under {@code lock_timeout} and retries, so a writer working through the expand,
 * the backfill and the contract never waits much longer than one lock timeout, even while a
 * long transaction elsewhere holds the table, and none of its writes fails.
 */
class LockTimeoutTest {

  private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);
  /** Scheduling and commit time on a busy 2-core machine, on top of the lock timeout. */
  private static final long SLACK_MILLIS = 400;

  @TempDir Path temp;

  @Test
  void aWriterNeverWaitsLongerThanTheLockTimeout() throws Exception {
    try (TestDatabase.Fresh fresh = TestDatabase.POSTGRESQL.fresh(temp)) {
      Path migrations = temp.resolve("migrations");
      Releases.compileAll(migrations, temp.resolve("build"));
      DataSource dataSource = fresh.dataSource();
      Accordion.builder().dataSource(dataSource).directory(migrations)
          .target(Releases.BASELINE).build().migrate();
      Releases.seed(dataSource, TestDatabase.POSTGRESQL, 50_000);

      Writer writer = new Writer(dataSource);
      Thread writing = new Thread(writer, "writer");
      writing.start();
      try {
        // A report that keeps the table busy for longer than the lock timeout, twice.
        holdTableWhile(dataSource, () -> accordion(dataSource, migrations).migrate());
        holdTableWhile(dataSource, () -> accordion(dataSource, migrations).complete());
      } finally {
        writer.stop.set(true);
        writing.join();
      }
      assertEquals(List.of(), writer.failures, "no write failed");
      assertTrue(writer.writes.get() > 100, "the writer kept writing: " + writer.writes.get());
      assertTrue(writer.worstMillis.get() < LOCK_TIMEOUT.toMillis() + SLACK_MILLIS,
          "worst write took " + writer.worstMillis.get() + " ms; lock timeout " + LOCK_TIMEOUT);
    }
  }

  private static Accordion accordion(DataSource dataSource, Path migrations) {
    return Accordion.builder().dataSource(dataSource).directory(migrations)
        .lockTimeout(LOCK_TIMEOUT).lockRetries(30).build();
  }

  /** Runs {@code work} while another transaction reads the table for 1.5 s, holding its lock. */
  private static void holdTableWhile(DataSource dataSource, Runnable work) throws Exception {
    try (Connection reader = dataSource.getConnection()) {
      reader.setAutoCommit(false);
      try (Statement statement = reader.createStatement()) {
        statement.execute("SELECT COUNT(*) FROM post");
        statement.execute("SELECT COUNT(*) FROM profile");
      }
      Thread release = new Thread(() -> {
        try {
          Thread.sleep(1_500);
          reader.rollback();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      release.start();
      work.run();
      release.join();
    }
  }

  /**
   * An instance updating posts' titles, a column no release changes, so it runs unchanged from
   * before the expand to after the contract; it times every write.
   */
  private static final class Writer implements Runnable {
    final DataSource dataSource;
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicLong worstMillis = new AtomicLong();
    final AtomicLong writes = new AtomicLong();
    final List<String> failures = new CopyOnWriteArrayList<>();

    Writer(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public void run() {
      Random random = new Random(7);
      try (Connection connection = dataSource.getConnection();
          PreparedStatement update =
              connection.prepareStatement("UPDATE post SET title = ? WHERE id = ?")) {
        while (!stop.get()) {
          long start = System.nanoTime();
          try {
            update.setString(1, "edited during the migration");
            update.setLong(2, 1 + random.nextInt(50_000));
            update.executeUpdate();
            writes.incrementAndGet();
          } catch (Exception e) {
            failures.add(e.toString());
          }
          worstMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
          Thread.sleep(5);
        }
      } catch (Exception e) {
        failures.add(e.toString());
      }
    }
  }
}
