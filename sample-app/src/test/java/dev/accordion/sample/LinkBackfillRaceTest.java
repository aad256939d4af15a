package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A release-1 write to a link while the backfill batch that filled it has not committed, on the
 * servers (SQLite has one writer at a time): the link-move reshaping's batch has set account 3's
 * new {@code profileId} from profile 3 and waits on account 4, which a test transaction holds,
 * when release 1 unlinks profile 3 (in READ COMMITTED, where a plain read would not wait). The
 * write waits for the batch (PostgreSQL: the batch share-locks the profile it read; MariaDB: the
 * sync trigger reads the account with the row lock of the table it writes), then its trigger
 * sees the link the batch left and clears it: account 3 does not keep a profile that gave it up.
 */
class LinkBackfillRaceTest {

  @TempDir Path temp;

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRESQL", "MARIADB"})
  void aLinkUnlinkedWhileItsBatchIsInFlightStaysUnlinked(TestDatabase database)
      throws Exception {
    Path migrations = temp.resolve("migrations");
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      DataSource db = fresh.dataSource();
      compile(migrations, 1);
      accordion(db, migrations).build().migrate();
      try (Connection connection = db.getConnection(); Statement sql = connection.createStatement()) {
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

      assertNull(linkOf(db, "SELECT profileId FROM Account WHERE id = 3"),
          database + ": account 3 lets go of the profile release 1 unlinked");
      assertNull(linkOf(db, "SELECT accountId FROM Profile WHERE id = 3"),
          database + ": profile 3 stays as release 1 wrote it");
      assertEquals(4L, linkOf(db, "SELECT profileId FROM Account WHERE id = 4"),
          database + ": the batch filled account 4 once released");
      assertEquals(0, accordion(db, migrations).build().verify().migrations().stream()
              .filter(m -> "Account.profileId".equals(m.transition())
                  && m.kind().equals("expand"))
              .findFirst().orElseThrow().verification().mismatches(),
          database + ": verification finds every link agreeing");
    }
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

  private static Long linkOf(DataSource db, String query) throws SQLException {
    try (Connection connection = db.getConnection();
        PreparedStatement statement = connection.prepareStatement(query);
        ResultSet row = statement.executeQuery()) {
      row.next();
      long value = row.getLong(1);
      return row.wasNull() ? null : value;
    }
  }
}
