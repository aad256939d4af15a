package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The link-move reshaping's sync while writes of release 1 meet a backfill batch or lose a
 * deadlock, step by step on the servers (SQLite has one writer at a time, and neither can
 * happen there): each interleaving is forced with row locks a test transaction holds.
 */
class LinkSyncInterleavingTest {

  private static final int ACCOUNTS = 60;

  @TempDir Path temp;

  /**
   * A release-1 write to a link while the backfill batch that filled it has not committed, on the
   * servers (SQLite has one writer at a time): the link-move reshaping's batch has set account 3's
   * new {@code profileId} from profile 3 and waits on account 4, which a test transaction holds,
   * when release 1 unlinks profile 3 (in READ COMMITTED, where a plain read would not wait). The
   * write waits for the batch (PostgreSQL: the batch share-locks the profile it read; MariaDB: the
   * sync trigger reads the account with the row lock of the table it writes), then its trigger
   * sees the link the batch left and clears it: account 3 does not keep a profile that gave it up.
   */
  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  void aLinkUnlinkedWhileItsBatchIsInFlightStaysUnlinked(TestDatabase database)
      throws Exception {
    Path migrations = temp.resolve("migrations");
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      DataSource db = fresh.dataSource();
      try (Connection connection = migratedByRelease1(db, migrations);
          Statement sql = connection.createStatement()) {
        for (int key = 1; key <= 4; key++) {
          sql.executeUpdate("INSERT INTO Account (id, label) VALUES (" + key + ", 'account')");
          sql.executeUpdate("INSERT INTO Profile (id, label, accountId) VALUES (" + key
              + ", 'profile', " + key + ")");
        }
      }
      compile(migrations, 2);

      // After the first batch (accounts 1 and 2), hold account 4: the second batch fills account
      // 3 and waits there, its transaction open.
      AtomicReference<Connection> holder = new AtomicReference<>();
      CompletableFuture<Void> migrate = CompletableFuture.runAsync(() ->
          accordion(db, migrations).afterBatch(progress -> {
            if (holder.get() == null) {
              holder.set(hold(fresh.writerDataSource(), 4));
            }
          }).build().migrate());
      CompletableFuture<Void> unlink;
      try {
        LockWaits.await(db, database, 1, migrate);
        assertFalse(migrate.isDone(), database + ": the second batch waits on account 4");
        unlink = CompletableFuture.runAsync(() -> {
          try (Connection writer = fresh.writerDataSource().getConnection();
              Statement sql = writer.createStatement()) {
            writer.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            sql.executeUpdate("UPDATE Profile SET accountId = NULL WHERE id = 3");
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        LockWaits.await(db, database, 2, unlink); // or the write is already done
      } finally {
        if (holder.get() != null) {
          holder.get().rollback();
          holder.get().close();
        }
      }
      migrate.get(60, TimeUnit.SECONDS);
      unlink.get(60, TimeUnit.SECONDS);

      assertNull(number(db, "SELECT profileId FROM Account WHERE id = 3"),
          database + ": account 3 lets go of the profile release 1 unlinked");
      assertNull(number(db, "SELECT accountId FROM Profile WHERE id = 3"),
          database + ": profile 3 stays as release 1 wrote it");
      assertEquals(4L, number(db, "SELECT profileId FROM Account WHERE id = 4"),
          database + ": the batch filled account 4 once released");
      assertEquals(0, mismatches(db, migrations),
          database + ": verification finds every link agreeing");
    }
  }

  /**
   * A release-1 write whose sync trigger loses a deadlock, on the servers: the database rolls the
   * write back, and the application tries it again on the same (pooled) connection. That write,
   * and every later one there, is synced: the pause a trigger sets around its own writes to the
   * other table ends with the statement however it ends (MariaDB runs no error handler of a
   * trigger whose transaction a deadlock rolled back).
   */
  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  void aWriteTriedAgainAfterADeadlockInItsTriggerIsSynced(TestDatabase database)
      throws Exception {
    Path migrations = temp.resolve("migrations");
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      DataSource db = fresh.dataSource();
      try (Connection connection = migratedByRelease1(db, migrations);
          Statement sql = connection.createStatement()) {
        for (int key = 1; key <= ACCOUNTS; key++) {
          sql.executeUpdate("INSERT INTO Account (id, label) VALUES (" + key + ", 'account')");
        }
        sql.executeUpdate("INSERT INTO Profile (id, label) VALUES (1, 'profile')");
      }
      compile(migrations, 2);
      accordion(db, migrations).build().migrate();

      try (Connection writer = fresh.writerDataSource().getConnection();
          Connection blocker = fresh.writerDataSource().getConnection()) {
        // The blocker holds every account, having changed them all (the heavier transaction,
        // so the database picks the writer as the deadlock's victim where it chooses).
        blocker.setAutoCommit(false);
        execute(blocker, "UPDATE Account SET label = 'held'");
        CompletableFuture<Void> link = CompletableFuture.runAsync(() -> {
          try {
            execute(writer, "UPDATE Profile SET accountId = 2 WHERE id = 1");
          } catch (SQLException e) {
            throw new CompletionException(e);
          }
        });
        LockWaits.await(db, database, 1, link);
        assertFalse(link.isDone(), database + ": the write's trigger waits for account 2");
        execute(blocker, "UPDATE Profile SET label = 'blocker' WHERE id = 1");
        blocker.rollback();
        ExecutionException lost = assertThrows(ExecutionException.class,
            () -> link.get(30, TimeUnit.SECONDS),
            database + ": the writer's statement is the deadlock's victim");
        assertTrue(WriterThread.isRetryable(lost.getCause()),
            database + ": a deadlock, which the application tries again: " + lost.getCause());

        execute(writer, "UPDATE Profile SET accountId = 2 WHERE id = 1");
        execute(writer, "UPDATE Profile SET label = 'renamed' WHERE id = 1");
        execute(writer, "INSERT INTO Profile (id, label, accountId) VALUES (2, 'second', 3)");
      }
      assertEquals(1L, number(db, "SELECT profileId FROM Account WHERE id = 2"),
          database + ": the write tried again is synced to the account");
      assertEquals(2L, number(db, "SELECT profileId FROM Account WHERE id = 3"),
          database + ": a later write on that connection is synced too");
      assertEquals(0, mismatches(db, migrations),
          database + ": verification finds every link agreeing");
    }
  }

  /** Compiles release 1 and migrates the database by it; a connection to seed its rows. */
  private Connection migratedByRelease1(DataSource db, Path migrations) throws Exception {
    compile(migrations, 1);
    accordion(db, migrations).build().migrate();
    return db.getConnection();
  }

  private void compile(Path migrations, int number) throws Exception {
    Release.compile("link-move-release" + number,
        Reshaping.SOURCES.resolve("link-move").resolve("release" + number), migrations,
        "2026010" + number + "120000", temp.resolve("build"));
  }

  private static Accordion.Builder accordion(DataSource db, Path migrations) {
    return Accordion.builder().dataSource(db).directory(migrations).contractsAtBoot(false)
        .batchSizeOverride(2).backfillPause(Duration.ZERO);
  }

  /** The links verification finds disagreeing. */
  private static long mismatches(DataSource db, Path migrations) {
    return accordion(db, migrations).build().verify().migrations().stream()
        .filter(m -> "Account.profileId".equals(m.transition()) && m.kind().equals("expand"))
        .findFirst().orElseThrow().verification().mismatches();
  }

  /** An open transaction holding the account's row lock. */
  private static Connection hold(DataSource writers, long account) {
    try {
      Connection connection = writers.getConnection();
      connection.setAutoCommit(false);
      try (Statement sql = connection.createStatement();
          ResultSet row = sql.executeQuery(
              "SELECT id FROM Account WHERE id = " + account + " FOR UPDATE")) {
        row.next();
      }
      return connection;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private static Long number(DataSource db, String query) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(query);
        ResultSet row = statement.executeQuery()) {
      row.next();
      long value = row.getLong(1);
      return row.wasNull() ? null : value;
    }
  }
}
