package dev.accordion.conformance;

import static dev.accordion.conformance.ReleaseSteps.assertRefused;
import static dev.accordion.conformance.ReleaseSteps.compile;
import static dev.accordion.conformance.ReleaseSteps.execute;
import static dev.accordion.conformance.ReleaseSteps.field;
import static dev.accordion.conformance.ReleaseSteps.migrate;
import static dev.accordion.conformance.ReleaseSteps.rows;
import static dev.accordion.conformance.ReleaseSteps.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accordion.testing.EntityBuild;
import dev.accordion.testing.HibernateBoot;
import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Joins to a key of several columns (the corpus model composite_join, Spring's naming) hold as
 * one foreign key on each database: a parcel may name a shipment only by a region and a number
 * that one shipment has together, not by a region of one and a number of another, which two
 * foreign keys of one column each would let through; a join with a NULL part is no link, as in
 * the schema Hibernate creates; a shipment a parcel names cannot be deleted. Hibernate then
 * loads the links Accordion's schema keeps.
 */
class CompositeJoinDataTest {

  private static final Path MODELS = Path.of("src/test/resources/models");

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void oneForeignKeyHoldsTheKeyColumnsTogether(TestDatabase database) throws Exception {
    try (TestDatabase.Fresh live = database.fresh(work)) {
      DataSource db = live.dataSource();
      Path migrations = work.resolve("migrations");
      EntityBuild.Compiled release =
          compile(MODELS, "composite_join", "20260101120000", migrations, work);
      migrate(db, migrations);
      execute(db, "INSERT INTO shipment (region, shipment_number, carrier) VALUES"
          + " ('ünï', 9223372036854775807, 'Ω-post'), ('eu', 1, NULL)");
      execute(db, "INSERT INTO course (code, term, title) VALUES ('c-1', -2147483648, NULL)");
      String parcel = "INSERT INTO parcel (id, shipment_region, shipment_shipment_number,"
          + " course_code, course_term, weight) VALUES ";
      execute(db, parcel + "(1, 'ünï', 9223372036854775807, 'c-1', -2147483648, 0.5),"
          + " (2, NULL, NULL, 'c-1', -2147483648, 1), (3, 'eu', NULL, 'c-1', -2147483648, 2)");

      assertRefused(db, database, parcel + "(4, 'ünï', 1, 'c-1', -2147483648, 0)");
      assertRefused(db, database, parcel + "(5, 'eu', 2, 'c-1', -2147483648, 0)");
      assertRefused(db, database, parcel + "(6, NULL, NULL, 'c-1', 2026, 0)");
      assertRefused(db, database,
          "DELETE FROM shipment WHERE region = 'ünï' AND shipment_number = 9223372036854775807");
      assertEquals(List.of("1 ünï 9223372036854775807", "2 null null", "3 eu null"), rows(db,
          "SELECT id, shipment_region, shipment_shipment_number FROM parcel ORDER BY id"));

      try (SessionFactory hibernate = HibernateBoot.sessionFactory(release, db,
          database.hibernateDialect(), database.isServer() ? "validate" : "none",
          Naming.SPRING.hibernateSettings())) {
        hibernate.inTransaction(session -> {
          Class<?> parcelType = type(release, "conformance.composite_join.Parcel");
          assertEquals("Ω-post", field(field(session.find(parcelType, 1L), "shipment"),
              "carrier"));
          assertEquals(null, field(session.find(parcelType, 2L), "shipment"));
        });
      }
    }
  }
}
