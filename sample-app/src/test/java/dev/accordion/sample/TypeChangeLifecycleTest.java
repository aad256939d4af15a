package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Type changes as expand and contract, under writers of two releases at once: Reading.views
 * (int) becomes viewCount (long) by a widening copy, and Reading.ref (a UUID as text) becomes
 * reference (the database's UUID: uuid on PostgreSQL and MariaDB, 16 bytes on SQLite) by a
 * converter with SQL per dialect; Reading.note grows from 255 to 1000 characters in place. Every
 * row ends as last written, read by release 3.
 */
class TypeChangeLifecycleTest {

  private static final int SEEDED = 2_000;

  @TempDir Path temp;

  /**
   * Canonical value: "views|uuid|note", whichever fields the release has. Release 1's notes fit
   * 255 characters; later releases write up to 1000.
   */
  static Mapping mapping(Release release) {
    boolean first = release.name().endsWith("release1");
    return new Mapping() {
      @Override
      public String write(Object reading, Random random) throws Exception {
        int views = random.nextInt(1_000_000);
        // A well-formed (version 3) UUID: MariaDB's uuid type refuses other variants.
        UUID ref = UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes());
        String note = "n".repeat(1 + random.nextInt(first ? 255 : 1000));
        Mapping.call(reading, "setNote", note);
        if (first) {
          Mapping.call(reading, "setViews", views);
          Mapping.call(reading, "setRef", ref.toString());
        } else {
          Mapping.call(reading, "setViewCount", (long) views);
          Mapping.call(reading, "setReference", ref);
        }
        return views + "|" + ref + "|" + note;
      }

      @Override
      public String read(Object reading) throws Exception {
        return (first
                ? Mapping.call(reading, "getViews") + "|" + Mapping.call(reading, "getRef")
                : Mapping.call(reading, "getViewCount") + "|" + Mapping.call(reading, "getReference"))
            + "|" + Mapping.call(reading, "getNote");
      }
    };
  }

  /**
   * While older releases still read views, release 2's accessor refuses a viewCount that an int
   * cannot hold, before anything is written, instead of storing a wrapped number.
   */
  @Test
  void theAccessorRefusesALongThatTheOldIntColumnCannotHold() throws Exception {
    Path migrations = temp.resolve("migrations");
    Release.compile("release1", Reshaping.SOURCES.resolve("type-change/release1"), migrations,
        "20260101120000", temp.resolve("build"));
    Release release2 = Release.compile("release2", Reshaping.SOURCES.resolve("type-change/release2"),
        migrations, "20260102120000", temp.resolve("build"));
    Object reading = release2.type("Reading").getConstructor().newInstance();

    Mapping.call(reading, "setViewCount", (long) Integer.MAX_VALUE);
    InvocationTargetException refused = assertThrows(InvocationTargetException.class,
        () -> Mapping.call(reading, "setViewCount", Integer.MAX_VALUE + 1L));

    assertEquals(IllegalArgumentException.class, refused.getCause().getClass());
    assertTrue(refused.getCause().getMessage().startsWith(
        "viewCount = 2147483648 does not fit views (Integer)"), refused.getCause().getMessage());
    assertEquals((long) Integer.MAX_VALUE, Mapping.call(reading, "getViewCount"),
        "the refused value was not written");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void intToLongTextToUuidAndALongerNoteLoseNoRow(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("type-change", "Reading", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      reshaping.seed(release1, mapping(release1), SEEDED);

      List<Release> later = reshaping.expandAndContract(TypeChangeLifecycleTest::mapping);

      assertEquals(
          List.of("V20260101120000_1__baseline.sql",
              "V20260102120000_1__widen_Reading_note.sql",
              "V20260102120000_2__expand_Reading_viewCount.sql",
              "V20260102120000_3__expand_Reading_reference.sql",
              "V20260103120000_1__contract_Reading_viewCount.sql",
              "V20260103120000_2__contract_Reading_reference.sql"),
          reshaping.migrationFiles());
      reshaping.assertEveryRowAsLastWritten(later.get(1), mapping(later.get(1)), SEEDED);
    }
  }
}
