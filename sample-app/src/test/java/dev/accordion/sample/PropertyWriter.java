package dev.accordion.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A writer of one release in the property tests: random writes on one connection, one after
 * another, until stopped; a write that lost a deadlock wrote nothing and is tried again, as
 * applications do, and counted. Any other failure fails the test when the writer stops.
 */
final class PropertyWriter {

  /** One write, in auto-commit. */
  interface Write {
    void write(Connection connection, Random random) throws Exception;
  }

  private final String name;
  private final DataSource dataSource;
  private final Write write;
  private final Random random;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final List<Throwable> failures = new ArrayList<>();
  private Thread thread;

  PropertyWriter(String name, DataSource dataSource, Write write, long seed) {
    this.name = name;
    this.dataSource = dataSource;
    this.write = write;
    this.random = new Random(seed);
  }

  synchronized void start() {
    if (thread != null) {
      return;
    }
    thread = new Thread(() -> {
      try (Connection connection = dataSource.getConnection()) {
        while (!stop.get()) {
          writeRetried(connection);
          writes.incrementAndGet();
          Thread.sleep(1);
        }
      } catch (Throwable e) {
        synchronized (failures) {
          failures.add(e);
        }
      }
    }, name);
    thread.start();
  }

  private void writeRetried(Connection connection) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        write.write(connection, random);
        return;
      } catch (SQLException e) {
        if (!WriterThread.isRetryable(e) || attempt == 5) {
          throw e;
        }
        retries.incrementAndGet();
      }
    }
  }

  /** Waits until the writer made {@code more} writes since the call, or stopped. */
  void runAtLeast(int more) throws InterruptedException {
    start();
    int target = writes.get() + more;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (writes.get() < target && thread.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  /** Stops the writer; returns how many writes it made, or fails with what it failed on. */
  int stop(String context) throws InterruptedException {
    stop.set(true);
    if (thread != null) {
      thread.join();
    }
    synchronized (failures) {
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError(name + "'s write failed (" + context + ")");
        failures.forEach(error::addSuppressed);
        throw error;
      }
    }
    return writes.get();
  }

  int retries() {
    return retries.get();
  }
}
