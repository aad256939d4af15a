package dev.accordion.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
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
}
