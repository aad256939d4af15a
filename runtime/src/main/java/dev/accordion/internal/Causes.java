package dev.accordion.internal;

import java.util.function.Predicate;

/** Looks through an exception's chain of causes, where drivers and Accordion wrap what failed. */
final class Causes {

  private Causes() {}

  /** The first of {@code error} and its causes that is a {@code type} {@code test} accepts, or null. */
  static <T extends Throwable> T first(Throwable error, Class<T> type, Predicate<T> test) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause) && test.test(type.cast(cause))) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
