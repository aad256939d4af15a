package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.StatusReport;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Eight application instances, each its own JVM, boot at once against one database holding
 * 20,000 rows of release 1, all running {@code complete} over the three releases' migrations:
 * every instance succeeds and each migration is applied exactly once.
 */
class ConcurrentBootTest {

  private static final int INSTANCES = 8;

  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eightJvmsBootTogetherAndApplyEachMigrationOnce(TestDatabase database) throws Exception {
    try (TestDatabase.Fresh fresh = database.fresh(temp)) {
      Path migrations = temp.resolve("migrations");
      Releases.compileAll(migrations, temp.resolve("build"));
      Accordion.builder().dataSource(fresh.dataSource()).directory(migrations)
          .target(Releases.BASELINE).build().migrate();
      Releases.seed(fresh.dataSource(), database, 20_000);

      List<Process> instances = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        instances.add(ChildJvm.cli(temp.resolve("instance-" + i + ".log"),
            "complete", "--url", fresh.url(), "--dir", migrations.toString()));
      }
      for (int i = 0; i < INSTANCES; i++) {
        Process instance = instances.get(i);
        assertTrue(instance.waitFor(5, TimeUnit.MINUTES), "instance " + i + " finished");
        assertEquals(0, instance.exitValue(),
            "instance " + i + " failed:\n" + Files.readString(temp.resolve("instance-" + i + ".log")));
      }

      StatusReport report = Accordion.builder().dataSource(fresh.dataSource())
          .directory(migrations).build().status();
      assertEquals(Releases.MIGRATIONS, report.migrations().size(), report.render());
      assertTrue(report.pending().isEmpty(), report.render());
      try (Connection connection = fresh.dataSource().getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT COUNT(*), COUNT(DISTINCT version) FROM accordion_history")) {
        rows.next();
        assertEquals(Releases.MIGRATIONS, rows.getInt(1), "one history row per migration");
        assertEquals(Releases.MIGRATIONS, rows.getInt(2));
      }
      assertEquals(0, Releases.mismatchedOrMissing(fresh.dataSource(), 20_000));
    }
  }
}
