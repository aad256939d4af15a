package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accordion.testing.TestDatabase;
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
  /** A reading's values as a writer draws them, its note up to {@code noteLength} long. */
  private record Drawn(int views, UUID ref, String note) {
    static Drawn from(Random random, int noteLength) {
      return new Drawn(random.nextInt(1_000_000), uuid(random),
          "n".repeat(1 + random.nextInt(noteLength)));
    }

    String canonical() {
      return views + "|" + ref + "|" + note;
    }
  }

  static Mapping mapping(Release release) {
    if (release.name().endsWith("release1")) {
      ReadingRelease1 release1 = new ReadingRelease1(release);
      return new Mapping() {
        @Override
        public String write(Object reading, Random random) {
          Drawn drawn = Drawn.from(random, 255);
          release1.setNote(reading, drawn.note());
          release1.setViews(reading, drawn.views());
          release1.setRef(reading, drawn.ref().toString());
          return drawn.canonical();
        }

        @Override
        public String read(Object reading) {
          return release1.views(reading) + "|" + release1.ref(reading) + "|"
              + release1.note(reading);
        }
      };
    }
    ReadingRelease2 release2 = new ReadingRelease2(release);
    return new Mapping() {
      @Override
      public String write(Object reading, Random random) {
        Drawn drawn = Drawn.from(random, 1000);
        release2.setNote(reading, drawn.note());
        release2.setViewCount(reading, (long) drawn.views());
        release2.setReference(reading, drawn.ref());
        return drawn.canonical();
      }

      @Override
      public String read(Object reading) {
        return release2.viewCount(reading) + "|" + release2.reference(reading) + "|"
            + release2.note(reading);
      }
    };
  }

  /** A well-formed (version 3) UUID: MariaDB's uuid type refuses other variants. */
  private static UUID uuid(Random random) {
    return UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes());
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
    ReadingRelease2 release2 = new ReadingRelease2(Release.compile("release2",
        Reshaping.SOURCES.resolve("type-change/release2"), migrations, "20260102120000",
        temp.resolve("build")));
    Object reading = release2.create("Reading");

    release2.setViewCount(reading, (long) Integer.MAX_VALUE);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> release2.setViewCount(reading, Integer.MAX_VALUE + 1L));

    assertEquals(IllegalArgumentException.class, refused.getClass());
    assertTrue(refused.getMessage().startsWith(
        "viewCount = 2147483648 does not fit views (Integer)"), refused.getMessage());
    assertEquals((long) Integer.MAX_VALUE, release2.viewCount(reading),
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
