package dev.accordion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.StatusReport.State;
import dev.accordion.internal.DriverManagerDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Time limits a DBA sets on the application's role (PostgreSQL's {@code statement_timeout} and
 * {@code lock_timeout}) hold for Accordion's statements too: the backfill and the verification
 * keep each statement short enough, and a lock wait the role gives up on is tried again.
 */
class RoleLimitsTest {

  static final String EXPAND = "V2__expand_Profile_biography.sql";
  static final String EXPAND_SQL = """
      -- accordion:migration kind=expand transition=Profile.biography

      -- accordion:ddl
      ALTER TABLE "profile" ADD COLUMN "biography" VARCHAR(255);

      -- accordion:backfill batch=1000 key-type=integer start=-9223372036854775808
      SELECT MAX("id") FROM (SELECT "id" FROM "profile" WHERE "id" >= :from ORDER BY "id" LIMIT :batch) AS "batch_keys";
      UPDATE "profile" SET "biography" = "bio" WHERE "id" >= :from AND "id" <= :upto AND "biography" IS NULL AND "bio" IS NOT NULL;

      -- accordion:verify
      SELECT COUNT(*) FROM "profile" WHERE ("biography" IS NULL AND "bio" IS NOT NULL) OR ("biography" IS NOT NULL AND "biography" IS DISTINCT FROM "bio");
      SELECT "id", "bio", "biography" FROM "profile" WHERE ("biography" IS NULL AND "bio" IS NOT NULL) OR ("biography" IS NOT NULL AND "biography" IS DISTINCT FROM "bio") ORDER BY "id";
      SELECT COUNT(*) FROM "profile" WHERE "id" >= :from AND "id" <= :upto AND (("biography" IS NULL AND "bio" IS NOT NULL) OR ("biography" IS NOT NULL AND "biography" IS DISTINCT FROM "bio"));
      """;

  @RegisterExtension final AccordionServer db = AccordionServer.postgres();

  private String role;

  /** A role owning the test's schema, as an application's role owns its tables, with {@code settings}. */
  private Accordion.Builder asRoleWith(String settings) throws Exception {
    role = db.name() + "_app";
    db.execute("CREATE ROLE " + role + " LOGIN");
    db.execute("ALTER SCHEMA " + db.name() + " OWNER TO " + role);
    db.execute("ALTER ROLE " + role + " SET " + settings);
    db.write("V1__baseline.sql", """
        -- accordion:migration kind=baseline
        CREATE TABLE "profile" ("id" BIGINT PRIMARY KEY, "bio" VARCHAR(255));
        """);
    return Accordion.builder()
        .dataSource(new DriverManagerDataSource(db.url() + "&user=" + role, null, null))
        .directory(db.migrations())
        .backfillBatchTime(java.time.Duration.ZERO);
  }

  @AfterEach
  void dropRole() throws Exception {
    if (role != null) {
      db.execute("REASSIGN OWNED BY " + role + " TO postgres");
      db.execute("DROP OWNED BY " + role);
      db.execute("DROP ROLE " + role);
    }
  }

  /**
   * A batch the role's statement_timeout cancels is tried again at half its size, and no batch
   * grows past that again; the verification counts in key ranges, each well under the limit.
   */
  @Test
  void aStatementTimeoutOnTheRoleShrinksBatchesAndVerifiesInRanges() throws Exception {
    Accordion.Builder app = asRoleWith("statement_timeout = '40ms'");
    app.build().migrate();
    db.execute("INSERT INTO \"profile\" SELECT i, 'bio ' || i FROM generate_series(1, 600000) i");
    db.execute("ANALYZE \"profile\"");
    db.write(EXPAND, EXPAND_SQL);

    StatusReport report;
    try (CapturedWarnings warnings = new CapturedWarnings()) {
      report = app.batchSizeOverride(200_000).build().migrate();

      assertTrue(warnings.messages().stream().anyMatch(m -> m.contains("statement_timeout")),
          String.valueOf(warnings.messages()));
    }
    StatusReport.Migration expand = report.migration("2").orElseThrow();
    assertEquals(State.APPLIED, expand.state(), report.render());
    assertEquals(600_000, expand.backfill().rows());
    assertEquals(0, expand.verification().mismatches());
    assertEquals(0, db.count("SELECT COUNT(*) FROM \"profile\" WHERE \"biography\" IS DISTINCT "
        + "FROM \"bio\""));
  }

  /**
   * A batch that waited for a row lock longer than the role's lock_timeout is tried again: a
   * writer's transaction holds a row of the third batch for 400 ms, four times the limit.
   */
  @Test
  void aLockTimeoutOnTheRoleIsRetriedInTheBackfill() throws Exception {
    Accordion.Builder app = asRoleWith("lock_timeout = '100ms'");
    app.build().migrate();
    db.seedProfiles("profile", 50);
    db.write(EXPAND, EXPAND_SQL);
    Connection holder = db.connect();
    holder.setAutoCommit(false);
    AtomicReference<CompletableFuture<Void>> release = new AtomicReference<>();

    StatusReport report = app.batchSizeOverride(10).afterBatch(batch -> {
      if (batch.batch() == 1) {
        try {
          AccordionServer.execute(holder, "SELECT * FROM \"profile\" WHERE \"id\" = 25 FOR UPDATE");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        release.set(CompletableFuture.runAsync(() -> {
          try {
            Thread.sleep(400);
            holder.commit();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }));
      }
    }).build().migrate();

    release.get().join();
    assertEquals(State.APPLIED, report.migration("2").orElseThrow().state(), report.render());
    assertEquals(50, report.migration("2").orElseThrow().backfill().rows());
    assertEquals(0, report.migration("2").orElseThrow().verification().mismatches());
  }
}
