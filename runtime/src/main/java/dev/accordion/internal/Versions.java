package dev.accordion.internal;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Pattern;

/** Migration versions such as {@code 20261122100000.1}, ordered by their dot-separated numbers. */
final class Versions {

  private static final Pattern DOT = Pattern.compile("\\.");

  /** Compares part by part as numbers; a version that is a prefix of another comes first. */
  static final Comparator<String> ORDER = (left, right) -> {
    String[] a = DOT.split(left);
    String[] b = DOT.split(right);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int byPart = new BigInteger(a[i]).compareTo(new BigInteger(b[i]));
      if (byPart != 0) {
        return byPart;
      }
    }
    return Integer.compare(a.length, b.length);
  };

  private Versions() {}
}
