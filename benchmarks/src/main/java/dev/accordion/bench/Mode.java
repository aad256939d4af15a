package dev.accordion.bench;

/** How much each benchmark does: quick (minutes on 2 cores) or full. */
record Mode(
    String name,
    int bootRuns,
    int applyRuns,
    int backfillRows,
    int triggerOperations,
    int triggerRuns,
    int processorRuns,
    int jmhIterations) {

  static Mode of(String name) {
    return switch (name) {
      case "quick" -> new Mode("quick", 5, 2, 1_000_000, 20_000, 2, 8, 3);
      case "full" -> new Mode("full", 15, 5, 1_000_000, 100_000, 5, 15, 10);
      default -> throw new IllegalArgumentException("mode is quick or full, not " + name);
    };
  }
}
