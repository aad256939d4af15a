package dev.accordion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The history's times read back without DateTimeFormatter are the times Instant.parse reads. */
class HistoryTimesTest {

  @Test
  void theTimesAccordionWritesReadBackExactly() {
    for (String text : new String[] {"2026-11-28T21:18:59.123Z", "2026-11-28T21:18:59Z",
        "1999-12-31T23:59:59.999Z", "2024-02-29T00:00:00.001Z", "2026-11-28T21:18:59.123456Z",
        "2026-11-28T21:18:59.1Z"}) {
      assertEquals(Instant.parse(text), HistoryTable.parseInstant(text), text);
    }
    Instant now = HistoryTable.now();
    assertEquals(now, HistoryTable.parseInstant(now.toString()));
  }

  @Test
  void everyDayFromYearZeroToNineThousandReadsAsInstantParseReadsIt() {
    Random random = new Random(11);
    Instant first = Instant.parse("0000-01-01T00:00:00Z");
    long span = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() - first.getEpochSecond();
    for (int i = 0; i < 100_000; i++) {
      Instant instant = first.plusSeconds(Math.floorMod(random.nextLong(), span))
          .plusMillis(random.nextInt(1000)).truncatedTo(ChronoUnit.MILLIS);
      String text = instant.toString();
      assertEquals(instant, HistoryTable.parseInstant(text), text);
    }
  }

  @Test
  void anInvalidDateOrTimeIsReadOrRejectedAsInstantParseDoes() {
    for (String text : new String[] {"2026-02-29T10:00:00Z", "2026-04-31T10:00:00Z",
        "2026-13-01T10:00:00Z", "2026-11-28T21:60:00Z", "2026-11-28T21:18:60Z",
        "2026-1x-28T21:18:59Z", "2026-11-28T21:18:59.12xZ"}) {
      assertThrows(DateTimeException.class, () -> Instant.parse(text), text);
      assertThrows(DateTimeException.class, () -> HistoryTable.parseInstant(text), text);
    }
    // The end of a day, which ISO allows and Instant.parse reads as the next midnight.
    assertEquals(Instant.parse("2026-11-29T00:00:00Z"),
        HistoryTable.parseInstant("2026-11-28T24:00:00Z"));
  }
}
