package dev.accordion.bench;

/**
 * One measured result beside its goal: {@code measured} says what was measured against what,
 * {@code ratio} is the figure the goal is about.
 */
record Figure(String benchmark, String measured, String goal, boolean met) {

  /** A table row; a figure without a goal is reported for reference. */
  String row() {
    return "| " + benchmark + " | " + measured + " | " + (goal == null ? "none (for reference)" : goal)
        + " | " + (goal == null ? "reported" : met ? "met" : "**missed**") + " |";
  }
}
