package dev.accordion.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Medians, percentiles and how figures are printed. */
final class Stats {

  private Stats() {}

  static double median(List<Long> values) {
    return percentile(values, 50);
  }

  /** The nearest-rank percentile. */
  static double percentile(List<Long> values, double percent) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static double max(List<Long> values) {
    return Collections.max(values);
  }

  static String ms(double nanos) {
    double ms = nanos / 1e6;
    return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000)
        : String.format(Locale.ROOT, ms >= 10 ? "%.0f ms" : "%.1f ms", ms);
  }

  static String ratio(double ratio) {
    return String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.2fx", ratio);
  }
}
