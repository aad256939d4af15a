package dev.accordion.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MigrationFileNameTest {

  @Test
  void readsTheVersionAndTheDescription() {
    MigrationFileName name = MigrationFileName.parse("V20261122100000_1__expand_Post_status.sql")
        .orElseThrow();

    assertEquals("20261122100000.1", name.version());
    assertEquals("expand Post status", name.description());
  }

  @Test
  void refusesWhatIsNotFlywaysNaming() {
    for (String name : List.of("V__x.sql", "V1_x.sql", "V1__.sql", "v1__x.sql", "V1__x.SQL",
        "V1.__x.sql", "R__x.sql", "V1__x", "V1a__x.sql", "V1__x\n.sql", "V.sql", "V1__x.sq")) {
      assertEquals(Optional.empty(), MigrationFileName.parse(name), name);
    }
  }

  /** The scan agrees with Flyway's pattern on names built from the characters that matter. */
  @Test
  void agreesWithThePatternOnGeneratedNames() {
    Pattern flyway = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    String[] pieces = {"1", "20", "_", ".", "__", "a", "\n", "sql", ".sql", "V"};
    Random random = new Random(7);
    List<String> names = new ArrayList<>();
    for (int n = 0; n < 20_000; n++) {
      StringBuilder name = new StringBuilder(random.nextInt(8) == 0 ? "" : "V1");
      for (int length = random.nextInt(7); length > 0; length--) {
        name.append(pieces[random.nextInt(pieces.length)]);
      }
      names.add(name.append(random.nextInt(4) == 0 ? "" : ".sql").toString());
    }
    int matched = 0;
    for (String name : names) {
      Matcher matcher = flyway.matcher(name);
      Optional<MigrationFileName> parsed = MigrationFileName.parse(name);
      if (matcher.matches()) {
        matched++;
        assertEquals(Optional.of(new MigrationFileName(name, matcher.group(1).replace('_', '.'),
            matcher.group(2).replace('_', ' '))), parsed, name);
      } else {
        assertEquals(Optional.empty(), parsed, name);
      }
    }
    assertTrue(matched > 1_000, "too few valid names generated to compare: " + matched);
  }
}
