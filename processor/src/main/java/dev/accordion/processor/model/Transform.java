package dev.accordion.processor.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How a transition's old value becomes the new one and back. A copy keeps the value; a value map
 * sends each {@link Pair#from()} to the first of its {@link Pair#to()} values, and every value of
 * {@code to} back to {@code from} (values are written as Java prints them); a converter names a
 * {@code dev.accordion.Converter} class for Java and one SQL expression per direction, in which
 * {@code :value} stands for the column, with {@code dialectSql} replacing them for the dialects
 * that spell the conversion their own way.
 */
public record Transform(
    List<Pair> pairs,
    String converter,
    String sqlUp,
    String sqlDown,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DialectSql> dialectSql) {

  /** The placeholder for the column in {@link #sqlUp()} and {@link #sqlDown()}. */
  public static final String VALUE = ":value";

  public Transform {
    pairs = List.copyOf(pairs);
    converter = converter == null ? "" : converter;
    sqlUp = sqlUp == null ? "" : sqlUp;
    sqlDown = sqlDown == null ? "" : sqlDown;
    dialectSql = dialectSql == null ? List.of() : List.copyOf(dialectSql);
  }

  public static Transform copy() {
    return new Transform(List.of(), "", "", "", List.of());
  }

  public static Transform map(List<Pair> pairs) {
    return new Transform(pairs, "", "", "", List.of());
  }

  public static Transform converter(
      String converter, String sqlUp, String sqlDown, List<DialectSql> dialectSql) {
    return new Transform(List.of(), converter, sqlUp, sqlDown, dialectSql);
  }

  /** The converter's SQL for {@code up} on {@code dialect}: its own entry, else the default. */
  public String sqlUp(String dialect) {
    return forDialect(dialect).map(DialectSql::up).orElse(sqlUp);
  }

  /** The converter's SQL for {@code down} on {@code dialect}: its own entry, else the default. */
  public String sqlDown(String dialect) {
    return forDialect(dialect).map(DialectSql::down).orElse(sqlDown);
  }

  private java.util.Optional<DialectSql> forDialect(String dialect) {
    return dialectSql.stream().filter(d -> d.dialect().equals(dialect)).findFirst();
  }

  public boolean isCopy() {
    return pairs.isEmpty() && !isConverter();
  }

  public boolean isConverter() {
    return !converter.isEmpty();
  }

  /** A converter's SQL for one dialect. */
  public record DialectSql(String dialect, String up, String down) {}

  /** One entry of a value map. */
  public record Pair(String from, List<String> to) {
    public Pair {
      to = List.copyOf(to);
    }
  }
}
