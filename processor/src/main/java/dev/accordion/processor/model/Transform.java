package dev.accordion.processor.model;

import java.util.List;

/**
 * How a transition's old value becomes the new one and back. A copy keeps the value; a value map
 * sends each {@link Pair#from()} to the first of its {@link Pair#to()} values, and every value of
 * {@code to} back to {@code from}. Values are written as Java prints them.
 */
public record Transform(List<Pair> pairs) {

  public Transform {
    pairs = List.copyOf(pairs);
  }

  public static Transform copy() {
    return new Transform(List.of());
  }

  public boolean isCopy() {
    return pairs.isEmpty();
  }

  /** One entry of a value map. */
  public record Pair(String from, List<String> to) {
    public Pair {
      to = List.copyOf(to);
    }
  }
}
