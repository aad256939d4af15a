package dev.accordion.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.accordion.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A copy and a value map on one entity, under writers of two releases at once: Ticket.owner is
 * renamed to assignee by copying it, and Ticket.open (a Boolean) becomes state (an enum) by a
 * value map whose false has two values. Every row ends as last written, read by release 3.
 */
class CopyMapLifecycleTest {

  private static final int SEEDED = 2_000;
  private static final String[] PEOPLE = {"Ana", "Bo", "Chiara", "Dmitri", "Eun-ji", "Zoë"};

  @TempDir Path temp;

  /**
   * Canonical value: "assignee|state". Release 1's open maps to Open, its closed to Closed (the
   * first value the map gives false).
   */
  static Mapping mapping(Release release) {
    if (release.name().endsWith("release1")) {
      TicketRelease1 release1 = new TicketRelease1(release);
      return new Mapping() {
        @Override
        public String write(Object ticket, Random random) {
          String person = PEOPLE[random.nextInt(PEOPLE.length)];
          boolean open = random.nextBoolean();
          release1.setOwner(ticket, person);
          release1.setOpen(ticket, open);
          return person + "|" + (open ? "Open" : "Closed");
        }

        /**
         * Release 1 writing closed over Archived leaves Archived: false is what Archived gives
         * back, so the old side did not change, and the sync leaves the new side alone.
         */
        @Override
        public String after(String previous, String written) {
          return previous != null && previous.endsWith("|Archived") && written.endsWith("|Closed")
              ? written.substring(0, written.length() - "Closed".length()) + "Archived"
              : written;
        }

        @Override
        public String read(Object ticket) {
          return release1.owner(ticket) + "|"
              + (Boolean.TRUE.equals(release1.open(ticket)) ? "Open" : "Closed");
        }
      };
    }
    TicketRelease2 release2 = new TicketRelease2(release);
    List<String> states = release2.states();
    return new Mapping() {
      @Override
      public String write(Object ticket, Random random) {
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        String state = states.get(random.nextInt(states.size()));
        release2.setAssignee(ticket, person);
        release2.setState(ticket, state);
        return person + "|" + state;
      }

      @Override
      public String read(Object ticket) {
        return release2.assignee(ticket) + "|" + release2.state(ticket);
      }
    };
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCopyAndAValueMapLoseNoRow(TestDatabase database) throws Exception {
    try (Reshaping reshaping = new Reshaping("copy-map", "Ticket", database, temp)) {
      Release release1 = reshaping.compile(1);
      reshaping.accordion().build().migrate();
      reshaping.assertMatchesHibernate(release1);
      reshaping.seed(release1, mapping(release1), SEEDED);

      List<Release> later = reshaping.expandAndContract(CopyMapLifecycleTest::mapping);

      assertEquals(
          List.of("V20260101120000_1__baseline.sql",
              "V20260102120000_1__expand_Ticket_assignee.sql",
              "V20260102120000_2__expand_Ticket_state.sql",
              "V20260103120000_1__contract_Ticket_assignee.sql",
              "V20260103120000_2__contract_Ticket_state.sql"),
          reshaping.migrationFiles());
      reshaping.assertEveryRowAsLastWritten(later.get(1), mapping(later.get(1)), SEEDED);
    }
  }
}
