package dev.accordion.sample;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An application instance writing in a thread of its own until stopped: one write after another,
 * each retried as applications retry SQLSTATE 40001, the first other failure kept and rethrown
 * by {@link #stop()}.
 */
abstract class WriterThread implements Runnable {

  private final String name;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicInteger retried = new AtomicInteger();
  private final List<Throwable> failures = new ArrayList<>();
  private Thread thread;

  WriterThread(String name) {
    this.name = name;
  }

  /** One write, committed, as the application makes it. */
  abstract void writeOnce() throws Exception;

  synchronized void start() {
    if (thread == null) {
      thread = new Thread(this, name);
      thread.start();
    }
  }

  boolean started() {
    return thread != null;
  }

  /** How many writes it has committed so far. */
  int writes() {
    return writes.get();
  }

  /**
   * Waits until it has committed {@code count} writes, a write failed, or a minute passed: a test
   * that asserts writes happened during a migration step waits for them there, as a fast machine
   * may finish the step before the writer's first commit.
   */
  void awaitWrites(int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (writes() < count && !failed() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Whether a write failed, which ended the writer. */
  boolean failed() {
    synchronized (failures) {
      return !failures.isEmpty();
    }
  }

  /** How many writes were tried again after a deadlock (SQLSTATE 40001 and its kin). */
  int deadlocksRetried() {
    return retried.get();
  }

  /** Stops the writer and returns how many writes it committed; rethrows what it failed on. */
  int stop() throws InterruptedException {
    stop.set(true);
    if (thread != null) {
      thread.join();
    }
    synchronized (failures) {
      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError(name + " failed");
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
        writeRetried();
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

  /**
   * A transaction chosen as a deadlock's victim (SQLSTATE 40001, or 40P01 on PostgreSQL) wrote
   * nothing, and applications retry it as a matter of course: MariaDB picks one when an online
   * ALTER's last phase and it wait on each other's metadata locks, and any database when a
   * writer and a backfill batch lock two tables in opposite orders. Anything else is a failure.
   */
  private void writeRetried() throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        writeOnce();
        return;
      } catch (RuntimeException e) {
        if (attempt == 5 || !isRetryable(e)) {
          throw e;
        }
        retried.incrementAndGet();
        Thread.sleep(5L * attempt);
      }
    }
  }

  /**
   * A deadlock (or a serialization failure) the database resolved by rolling this write back:
   * an application tries such a write again.
   */
  static boolean isRetryable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
      // MariaDB error 1467: InnoDB (innodb_autoinc_lock_mode=1) gave up a deadlock between this
      // write's insert into the join table and a backfill batch's INSERT ... SELECT holding the
      // table's AUTO-INC lock. Nothing was written; it is a deadlock by another name.
      if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 1467) {
        return true;
      }
    }
    return false;
  }
}
