package dev.accordion.sample;

import dev.accordion.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** Waiting until statements of a test's threads wait for row locks, on a database server. */
final class LockWaits {

  private LockWaits() {}

  /** Until {@code count} statements wait for a row lock, or {@code task} has ended. */
  static void await(DataSource db, TestDatabase database, int count,
      CompletableFuture<?> task) throws Exception {
    String query = database == TestDatabase.MARIADB
        ? "SELECT COUNT(*) FROM information_schema.INNODB_TRX t JOIN"
            + " information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id"
            + " WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()"
        : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            + " AND datname = current_database()";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (task.isDone()) {
        task.get(); // its failure, if any
        return;
      }
      if (count(db, query) >= count) {
        return;
      }
      // InnoDB refreshes INNODB_TRX only when nobody read it for 100 ms.
      Thread.sleep(250);
    }
    throw new AssertionError(count + " lock waits expected within 30 s");
  }

  private static long count(DataSource db, String query) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(query);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
