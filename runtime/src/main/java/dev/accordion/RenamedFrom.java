package dev.accordion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the column (on a field) or table (on an entity class) this element was called before.
 *
 * <p>Alone, it yields a direct {@code RENAME}: data is kept, but code still running with the old
 * name breaks until it is redeployed, so the processor warns. With {@link Expand} it names the
 * source of a zero-downtime transition instead.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface RenamedFrom {

  /** The previous column or table name, as it is in the database. */
  String value();

  /**
   * Why a direct rename is acceptable here (for example "no release reads this column yet").
   * A non-empty reason acknowledges the not-zero-downtime warning; it is copied into the
   * generated migration's header.
   */
  String acknowledged() default "";
}
