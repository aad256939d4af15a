package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fields combined and split under writers of two releases at once: Person.firstName and
 * lastName become fullName; Person.location ("Paris/FR") becomes city and countryCode. Every
 * row ends as last written, read by release 3.
 */
class CombineSplitLifecycleTest {

  private static final int SEEDED = 2_000;
  private static final String[] FIRST = {"Ada", "Alan", "Grace", "Edsger", "Barbara", "Donald"};
  private static final String[] LAST = {"Lovelace", "Turing", "Hopper", "Dijkstra", "Liskov"};
  private static final String[] CITY = {"Paris", "Lima", "Osaka", "Accra", "Quito"};
  private static final String[] COUNTRY = {"FR", "PE", "JP", "GH", "EC"};

  @TempDir Path temp;

  /** A person's values as a writer draws them; canonical: "First Last|City/CC". */
  private record Drawn(String given, String family, String city, String country) {
    static Drawn from(Random random) {
      return new Drawn(FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
          CITY[random.nextInt(CITY.length)], COUNTRY[random.nextInt(COUNTRY.length)]);
    }

    String canonical() {
      return given + " " + family + "|" + city + "/" + country;
    }
  }

  /** Canonical value: "First Last|City/CC", whichever fields the release has. */
  static Mapping mapping(Release release) {
    if (release.name().endsWith("release1")) {
      PersonRelease1 release1 = new PersonRelease1(release);
      return new Mapping() {
        @Override
        public String write(Object person, Random random) {
          Drawn drawn = Drawn.from(random);
          release1.setFirstName(person, drawn.given());
          release1.setLastName(person, drawn.family());
          release1.setLocation(person, drawn.city() + "/" + drawn.country());
          return drawn.canonical();
        }

        @Override
        public String read(Object person) {
          return release1.firstName(person) + " " + release1.lastName(person) + "|"
              + release1.location(person);
        }
      };
    }
    PersonRelease2 release2 = new PersonRelease2(release);
    return new Mapping() {
      @Override
      public String write(Object person, Random random) {
        Drawn drawn = Drawn.from(random);
        release2.setFullName(person, drawn.given() + " " + drawn.family());
        release2.setCity(person, drawn.city());
        release2.setCountryCode(person, drawn.country());
        return drawn.canonical();
      }

      @Override
      public String read(Object person) {
        return release2.fullName(person) + "|" + release2.city(person) + "/"
            + release2.countryCode(person);
      }
    };
  }

  /**
   * An entity loaded before the backfill reached its row has only location; release 2 writing
   * city alone must keep the country, not rebuild location from a NULL countryCode.
   */
  @Test
  void writingOneFieldOfASplitKeepsTheOthers() throws Exception {
    Path migrations = temp.resolve("migrations");
    Release.compile("release1", Reshaping.SOURCES.resolve("combine-split/release1"), migrations,
        "20260101120000", temp.resolve("build"));
    PersonRelease2 release2 = new PersonRelease2(Release.compile("release2",
        Reshaping.SOURCES.resolve("combine-split/release2"), migrations, "20260102120000",
        temp.resolve("build")));
    Object person = release2.create("Person");
    release2.loadLocation(person, "Paris/FR");

    release2.setCity(person, "Lyon");

    assertEquals("FR", release2.storedCountryCode(person));
    assertEquals("Lyon/FR", release2.storedLocation(person));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void combinedAndSplitFieldsLoseNoRow(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("combine-split", "Person", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      reshaping.seed(release1, mapping(release1), SEEDED);

      List<Release> later = reshaping.expandAndContract(CombineSplitLifecycleTest::mapping);

      assertEquals(
          List.of("V20260101120000_1__baseline.sql",
              "V20260102120000_1__expand_Person_fullName.sql",
              "V20260102120000_2__expand_Person_city.sql",
              "V20260103120000_1__contract_Person_fullName.sql",
              "V20260103120000_2__contract_Person_city.sql"),
          reshaping.migrationFiles());
      reshaping.assertEveryRowAsLastWritten(later.get(1), mapping(later.get(1)), SEEDED);
    }
  }
}
