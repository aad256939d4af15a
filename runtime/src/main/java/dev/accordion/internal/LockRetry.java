package dev.accordion.internal;

import dev.accordion.AccordionException;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs work that may give up waiting for a table lock ({@code lock_timeout}) and tries it again
 * after a growing pause, so a migration waits for a long query elsewhere without making every
 * writer queue behind its own lock request.
 */
final class LockRetry {

  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

  private final Dialect dialect;
  private final Duration lockTimeout;
  private final int retries;

  LockRetry(Dialect dialect, Duration lockTimeout, int retries) {
    this.dialect = dialect;
    this.lockTimeout = lockTimeout;
    this.retries = retries;
  }

  Duration lockTimeout() {
    return lockTimeout;
  }

  /**
   * Runs {@code work}, again after each lock timeout, at most {@code retries} more times.
   *
   * @param what names the work in logs and in the error: "V2__x.sql, DDL"
   * @param afterGivingUp what state the database is left in, for the error
   */
  <T> T run(String what, String afterGivingUp, SqlWork<T> work) throws SQLException {
    Duration pause = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++) {
      try {
        return work.run();
      } catch (SQLException | RuntimeException e) {
        SQLException lockTimeoutCause = lockTimeoutCause(e);
        if (lockTimeoutCause == null) {
          throw e;
        }
        if (attempt > retries) {
          throw new AccordionException(what + " could not get a lock within lockTimeout ("
              + lockTimeout.toMillis() + " ms), " + attempt + " times in a row: "
              + describe(e) + "\nAnother session holds a conflicting lock on the table, usually "
              + "a long transaction or query. " + afterGivingUp
              + (dialect.lockHoldersQuery() == null ? ""
                  : " Find the session with: " + dialect.lockHoldersQuery() + ";")
              + " then start again, or raise lockTimeout or lockRetries.", e);
        }
        Log.get().log(Level.INFO, "{0}: a lock was not granted within {1} ms, or a deadlock chose it"
            + " ({2}); trying again in {3} ms (retry {4} of {5})", what, lockTimeout.toMillis(),
            lockTimeoutCause.getMessage(), pause.toMillis(), attempt, retries);
        ServerDialect.sleep(pause, "a lock for " + what);
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
      }
    }
  }

  private SQLException lockTimeoutCause(Throwable e) {
    return Causes.first(e, SQLException.class, dialect::isLockTimeout);
  }

  private static String describe(Throwable e) {
    return e instanceof StatementFailedException failed ? failed.describe() : e.getMessage();
  }
}
