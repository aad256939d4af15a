package dev.accordion;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A converter's SQL for one database, where the databases spell the conversion differently
 * (a text UUID becomes {@code CAST(:value AS uuid)} on PostgreSQL and {@code unhex(...)} on
 * SQLite). It replaces {@link Expand#sqlUp()} and {@link Expand#sqlDown()} for that dialect.
 *
 * <pre>{@code
 * @Expand(from = "ref", converter = TextToUuid.class,
 *     sqlUp = "CAST(:value AS uuid)", sqlDown = "CAST(:value AS char(36))",   // the default
 *     dialectSql = @DialectSql(dialect = "sqlite",                             // SQLite's own
 *         up = "unhex(replace(:value, '-', ''))",
 *         down = "lower(substr(hex(:value), 1, 8) || '-' || substr(hex(:value), 9, 4) || ...)"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface DialectSql {

  /** One of the dialects the build generates: {@code sqlite}, {@code postgresql}, {@code mysql}. */
  String dialect();

  /** As {@link Expand#sqlUp()}, for this dialect. */
  String[] up();

  /** As {@link Expand#sqlDown()}, for this dialect. */
  String[] down();
}
