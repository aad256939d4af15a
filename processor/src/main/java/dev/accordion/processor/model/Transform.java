package dev.accordion.processor.model;

import java.util.List;

/**
 * How a transition's old value becomes the new one and back. A copy keeps the value; a value map
 * sends each {@link Pair#from()} to the first of its {@link Pair#to()} values, and every value of
 * {@code to} back to {@code from} (values are written as Java prints them); a converter names a
 * {@code dev.accordion.Converter} class for Java and one SQL expression per direction, in which
 * {@code :value} stands for the column.
 */
public record Transform(List<Pair> pairs, String converter, String sqlUp, String sqlDown) {

  /** The placeholder for the column in {@link #sqlUp()} and {@link #sqlDown()}. */
  public static final String VALUE = ":value";

  public Transform {
    pairs = List.copyOf(pairs);
    converter = converter == null ? "" : converter;
    sqlUp = sqlUp == null ? "" : sqlUp;
    sqlDown = sqlDown == null ? "" : sqlDown;
  }

  public static Transform copy() {
    return new Transform(List.of(), "", "", "");
  }

  public static Transform map(List<Pair> pairs) {
    return new Transform(pairs, "", "", "");
  }

  public static Transform converter(String converter, String sqlUp, String sqlDown) {
    return new Transform(List.of(), converter, sqlUp, sqlDown);
  }

  public boolean isCopy() {
    return pairs.isEmpty() && !isConverter();
  }

  public boolean isConverter() {
    return !converter.isEmpty();
  }

  /** One entry of a value map. */
  public record Pair(String from, List<String> to) {
    public Pair {
      to = List.copyOf(to);
    }
  }
}
