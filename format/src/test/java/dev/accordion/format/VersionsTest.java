package dev.accordion.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void comparesDotSeparatedPartsAsNumbers() {
    List<String> versions = new ArrayList<>(List.of(
        "20261122100000.10", "20261122100000.2", "9", "20261122100000.1", "20261122100000"));

    versions.sort(Versions.ORDER);

    assertEquals(List.of("9", "20261122100000", "20261122100000.1", "20261122100000.2",
        "20261122100000.10"), versions);
  }

  @Test
  void numbersOfAnyLengthAndLeadingZerosCompareByValue() {
    assertEquals(0, Integer.signum(Versions.ORDER.compare("007.1", "7.01")));
    assertEquals(-1, Integer.signum(Versions.ORDER.compare("99999999999999999999",
        "100000000000000000000")));
    assertEquals(1, Integer.signum(Versions.ORDER.compare("2.10", "2.9")));
    assertEquals(-1, Integer.signum(Versions.ORDER.compare("2", "2.0")));
    assertEquals(0, Integer.signum(Versions.ORDER.compare("0", "00")));
  }
}
