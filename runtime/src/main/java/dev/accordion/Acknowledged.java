package dev.accordion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Acknowledges one compile-time warning at the element it is reported on (a field, or an entity
 * class for the warnings about it and its fields), with the reason it is safe here. The warning
 * is no longer printed, and the reason is copied into the header of each migration the compile
 * writes for the entity's table, where a reviewer reads it. Errors cannot be acknowledged.
 *
 * <pre>{@code
 * @Acknowledged(value = "ACC507", reason = "release 12 stopped writing Unknown; rows moved by hand")
 * @Enumerated(EnumType.STRING) Status status;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
@Repeatable(Acknowledged.List.class)
public @interface Acknowledged {

  /** The warning's code, e.g. {@code "ACC507"}. */
  String value();

  /** Why the warning does not apply here; must not be blank. */
  String reason();

  /** Several acknowledgements on one element. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.FIELD, ElementType.TYPE})
  @interface List {
    Acknowledged[] value();
  }
}
