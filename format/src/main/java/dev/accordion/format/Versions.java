package dev.accordion.format;

import java.util.Comparator;

/** Migration versions such as {@code 20261122100000.1}, ordered by their dot-separated numbers. */
public final class Versions {

  /**
   * Compares part by part as numbers of any length; a version that is a prefix of another comes
   * first. Digits are compared as text once leading zeros are skipped (a longer number is
   * larger), without splitting or big numbers: a boot sorts hundreds of versions.
   */
  public static final Comparator<String> ORDER = new Comparator<>() {
    // A class, not a method reference: a boot sorts with it in a cold JVM, where the first call
    // of each lambda spins a class at run time.
    @Override
    public int compare(String left, String right) {
      return Versions.compare(left, right);
    }
  };

  private Versions() {}

  public static int compare(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int leftEnd = partEnd(left, i);
      int rightEnd = partEnd(right, j);
      int byPart = compareNumbers(left, i, leftEnd, right, j, rightEnd);
      if (byPart != 0) {
        return byPart;
      }
      i = leftEnd + 1;
      j = rightEnd + 1;
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }

  private static int partEnd(String version, int from) {
    int dot = version.indexOf('.', from);
    return dot < 0 ? version.length() : dot;
  }

  private static int compareNumbers(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
    while (aFrom < aTo - 1 && a.charAt(aFrom) == '0') {
      aFrom++;
    }
    while (bFrom < bTo - 1 && b.charAt(bFrom) == '0') {
      bFrom++;
    }
    int byLength = Integer.compare(aTo - aFrom, bTo - bFrom);
    if (byLength != 0) {
      return byLength;
    }
    for (; aFrom < aTo; aFrom++, bFrom++) {
      int byDigit = Character.compare(a.charAt(aFrom), b.charAt(bFrom));
      if (byDigit != 0) {
        return byDigit;
      }
    }
    return 0;
  }
}
