package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.Accordion;
import dev.accordion.AccordionException;
import dev.accordion.StatusReport;
import dev.accordion.StatusReport.State;
import dev.accordion.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database ahead of the code, on SQLite, PostgreSQL and MariaDB: an instance of release 1
 * restarts after release 2 applied its expands (as happens all through a rolling deploy, and
 * when a deploy is rolled back), and again after release 3's contracts.
 */
class OlderReleaseTest {

  private static final int ROWS = 300;
  private static final String EXPAND_POST = "V20260102120000_1__expand_Post_status.sql";
  private static final String EXPAND_PROFILE = "V20260102120000_2__expand_Profile_biography.sql";
  private static final String CONTRACT_POST = "V20260103120000_1__contract_Post_status.sql";

  @TempDir Path temp;
  private TestDatabase.Fresh fresh;
  private DataSource migrator;

  @AfterEach
  void dropDatabase() throws SQLException {
    if (fresh != null) {
      fresh.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void thePreviousReleaseBootsAndWritesAfterTheExpandsAndStopsAfterTheContracts(
      TestDatabase database) throws Exception {
    fresh = database.fresh(temp);
    migrator = fresh.dataSource();
    Path migrations = temp.resolve("migrations");
    Release release1 = Releases.compile(1, migrations, temp.resolve("build"));
    Path release1Files = copy(migrations, temp.resolve("release1"));
    accordion(release1Files).build().migrate();
    Releases.seed(migrator, database, ROWS);
    Releases.compile(2, migrations, temp.resolve("build"));
    Path release2Files = copy(migrations, temp.resolve("release2"));
    accordion(release2Files).build().migrate();

    // An instance of release 1 restarts: it boots, and every command works.
    StatusReport booted = accordion(release1Files).build().migrate();
    assertEquals(List.of(State.APPLIED, State.NEWER, State.NEWER),
        booted.migrations().stream().map(StatusReport.Migration::state).toList(),
        booted.render());
    assertTrue(booted.render().contains("This database is ahead of this release: a newer release "
        + "applied 2 migrations it does not ship (" + EXPAND_POST + ", " + EXPAND_PROFILE + ")"),
        booted.render());
    assertTrue(booted.appliedByThisCall().isEmpty(), booted.render());
    assertEquals(3, accordion(release1Files).build().status().migrations().size());
    accordion(release1Files).build().verify();
    accordion(release1Files).build().complete();
    // Release 2 pinned to release 1's version is the same case.
    assertTrue(accordion(release2Files).target(Releases.BASELINE).build().migrate()
        .appliedByThisCall().isEmpty());

    // It validates its mapping against the expanded schema (on the servers: Hibernate's SQLite
    // dialect expects BIGINT where an INTEGER primary key is the rowid) and writes through it.
    String validation = database == TestDatabase.SQLITE ? "none" : "validate";
    try (SessionFactory sessions =
        release1.sessionFactory(fresh.writerDataSource(), database.hibernateDialect(), validation)) {
      Writer.Expected expected = new Writer.Expected();
      List<Long> ids = new ArrayList<>();
      for (long id = 1; id <= ROWS; id++) {
        ids.add(id);
      }
      Writer writer = new Writer(release1, 1, sessions, expected, ids, ids, 7);
      writer.start();
      Thread.sleep(400);
      assertTrue(writer.stop() > 0, "release 1 wrote on the expanded schema");
    }
    // Its writes reached the new columns: release 2's verification still finds every row agreeing.
    StatusReport release2Again = accordion(release2Files).build().verify();
    assertEquals(0, release2Again.migration("20260102120000.1").orElseThrow().verification()
        .mismatches(), release2Again.render());
    assertEquals(0, release2Again.migration("20260102120000.2").orElseThrow().verification()
        .mismatches(), release2Again.render());

    // Release 3's contracts take away release 1's and release 2's old columns: both refuse.
    Releases.compile(3, migrations, temp.resolve("build"));
    accordion(migrations).build().complete();
    for (Path olderFiles : List.of(release1Files, release2Files)) {
      AccordionException refused = assertThrows(AccordionException.class,
          () -> accordion(olderFiles).build().migrate());
      assertTrue(refused.getMessage().contains(CONTRACT_POST + " (version 20260103120000.1, a "
          + "contract of Post.status, applied on "), refused.getMessage());
      assertTrue(refused.getMessage().contains("Run a release that ships " + CONTRACT_POST
          + " or a later one."), refused.getMessage());
      assertThrows(AccordionException.class, () -> accordion(olderFiles).build().complete());
      assertThrows(AccordionException.class, () -> accordion(olderFiles).build().verify());
      StatusReport status = accordion(olderFiles).build().status();
      assertTrue(status.render().contains(CONTRACT_POST + " took away what this release uses"),
          status.render());
    }
    assertTrue(count("SELECT COUNT(*) FROM Post") >= ROWS, "no post lost");
  }

  private Accordion.Builder accordion(Path files) {
    return Accordion.builder().dataSource(migrator).directory(files)
        .backfillPause(Duration.ofMillis(1));
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = migrator.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
