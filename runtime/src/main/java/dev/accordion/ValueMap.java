package dev.accordion;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One pair of a value map, used in {@link Expand#map()}: old value {@link #from()} becomes the
 * first of {@link #to()}; every value in {@link #to()} maps back to {@link #from()}, so writers
 * of the old mapping keep seeing a value while new writers use the new ones.
 *
 * <p>Values are written as Java would print them: {@code "true"}, {@code "false"}, an enum
 * constant's name, a number. One declaration gives the SQL {@code CASE} for the backfill and the
 * sync triggers and the Java mapping for the generated accessors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ValueMap {

  /** The old column's value. */
  String from();

  /** The new column's values; the first is what {@link #from()} becomes. */
  String[] to();
}
