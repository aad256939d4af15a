package dev.accordion.processor.model;

import dev.accordion.format.DialectName;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a transition's old values become the new ones and back. A copy keeps the value; a value
 * map sends each {@link Pair#from()} to the first of its {@link Pair#to()} values, and every
 * value of {@code to} back to {@code from} (values are written as Java prints them); a converter
 * names a {@code dev.accordion.Converter} class for Java and SQL expressions: {@code sqlUp} one
 * per new column, {@code sqlDown} one per old column, in which {@code :value} stands for the
 * single column of the other side, or {@code :field} for each of its fields. {@code dialectSql}
 * replaces them for the dialects that spell the conversion their own way. A copy or a value map
 * has an empty converter and one empty expression each way.
 */
public record Transform(
    List<Pair> pairs,
    String converter,
    List<String> sqlUp,
    List<String> sqlDown,
    List<DialectSql> dialectSql) {

  /** The placeholder for the other side's single column. */
  public static final String VALUE = ":value";

  /** {@code :name} placeholders of a converter's SQL; a {@code ::type} cast is not one. */
  public static final Pattern PLACEHOLDER = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");

  public Transform {
    pairs = List.copyOf(pairs);
    sqlUp = List.copyOf(sqlUp);
    sqlDown = List.copyOf(sqlDown);
    dialectSql = List.copyOf(dialectSql);
  }

  public static Transform copy() {
    return new Transform(List.of(), "", List.of(""), List.of(""), List.of());
  }

  public static Transform map(List<Pair> pairs) {
    return new Transform(pairs, "", List.of(""), List.of(""), List.of());
  }

  public static Transform converter(
      String converter, List<String> sqlUp, List<String> sqlDown, List<DialectSql> dialectSql) {
    return new Transform(List.of(), converter, sqlUp, sqlDown, dialectSql);
  }

  public boolean isCopy() {
    return pairs.isEmpty() && !isConverter();
  }

  public boolean isConverter() {
    return !converter.isEmpty();
  }

  /** The converter's SQL for new column {@code index} on {@code dialect}. */
  public String sqlUp(DialectName dialect, int index) {
    return forDialect(dialect).map(DialectSql::up).orElse(sqlUp).get(index);
  }

  /** The converter's SQL for old column {@code index} on {@code dialect}. */
  public String sqlDown(DialectName dialect, int index) {
    return forDialect(dialect).map(DialectSql::down).orElse(sqlDown).get(index);
  }

  private Optional<DialectSql> forDialect(DialectName dialect) {
    return dialectSql.stream().filter(d -> d.dialect() == dialect).findFirst();
  }

  /** A converter's SQL for one dialect. */
  public record DialectSql(DialectName dialect, List<String> up, List<String> down) {
    public DialectSql {
      up = List.copyOf(up);
      down = List.copyOf(down);
    }
  }

  /** One entry of a value map. */
  public record Pair(String from, List<String> to) {
    public Pair {
      to = List.copyOf(to);
    }
  }
}
