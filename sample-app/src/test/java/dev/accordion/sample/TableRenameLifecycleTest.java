package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table renamed with zero downtime, Subscriber to Member, under writers of two releases at
 * once: release 1 keeps writing Subscriber while release 2 writes Member (a view of it on the
 * servers, a copy kept in step on SQLite), and release 2 keeps writing Member while the contract
 * gives the table its new name. Every row, read by release 3, holds what was last written to it,
 * rows inserted under either name included, and the old name is gone.
 */
class TableRenameLifecycleTest {

  private static final int SEEDED = 2_000;
  /**
   * Every address written is new: writers of one release replay the same random sequence. An
   * instance in a JVM of its own starts it at a number no other instance uses.
   */
  static final AtomicLong ADDRESSES = new AtomicLong();

  @TempDir Path temp;

  /** Canonical value: "email|points"; every release maps the same fields. */
  static Mapping mapping(Release release) {
    MemberRelease members = new MemberRelease(release);
    return new Mapping() {
      @Override
      public String write(Object member, Random random) {
        String email = "m" + ADDRESSES.incrementAndGet() + "@example.com";
        int points = random.nextInt(10_000);
        members.setEmail(member, email);
        members.setPoints(member, points);
        return email + "|" + points;
      }

      @Override
      public String read(Object member) {
        return members.email(member) + "|" + members.points(member);
      }
    };
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void renamingATableLosesNoRow(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("table-rename", "Member", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      reshaping.seed(release1, mapping(release1), SEEDED);
      reshaping.keepsDuringRollout("Subscriber");
      if (database == TestDatabase.SQLITE) {
        // The copy holds every row once its backfill is done, before migrate returns; on the
        // servers the view shows every row from the start.
        reshaping.release2WaitsForMigrate();
      }

      List<Release> later = reshaping.expandAndContract(TableRenameLifecycleTest::mapping);

      assertEquals(
          List.of("V20260101120000_1__baseline.sql",
              "V20260102120000_1__expand_rename_Subscriber_to_Member.sql",
              "V20260103120000_1__contract_rename_Subscriber_to_Member.sql"),
          reshaping.migrationFiles());
      reshaping.assertEveryRowAsLastWritten(later.get(1), mapping(later.get(1)), SEEDED);
      try (Connection connection = reshaping.dataSource().getConnection();
          ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null,
              "%", null)) {
        boolean member = false;
        while (tables.next()) {
          String name = tables.getString("TABLE_NAME");
          assertFalse(name.equalsIgnoreCase("Subscriber"), "the old name is gone: " + name);
          assertFalse(name.toLowerCase().startsWith("accordion_retired"), name);
          if (name.equalsIgnoreCase("Member")) {
            member = true;
            assertEquals("TABLE", tables.getString("TABLE_TYPE"), "Member is the table now");
          }
        }
        assertTrue(member, "Member exists");
      }
      if (database.isServer()) {
        // Later migrations find the unique key Accordion named after the table by its new name.
        assertEquals(0, reshaping.count(database == TestDatabase.POSTGRESQL
            ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'subscriber_email_key'"
            : "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND INDEX_NAME = 'Subscriber_email_key'"));
        assertEquals(1, reshaping.count(database == TestDatabase.POSTGRESQL
            ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'member_email_key'"
            : "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'Member' AND INDEX_NAME = 'Member_email_key'"));
      }
    }
  }
}
