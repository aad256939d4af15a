package dev.accordion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the release that finishes a transition begun by {@link Expand}: the old field is gone
 * from the entity, and the contract migration drops the sync triggers and the old column and
 * gives the new column its declared constraints. The contract refuses to run while any row's
 * two columns disagree.
 *
 * <pre>{@code
 * @Contract @RenamedFrom("bio") String biography;
 * }</pre>
 *
 * <p>On an entity class it finishes a table rename: {@code @Contract(from = "Subscriber")} drops
 * the old name (the view, or on SQLite the copy) and gives the table its new name.
 *
 * <p>Remove the annotation in the release after; nothing more is generated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface Contract {

  /**
   * The old fields or columns, as the expand's {@code from} named them (several for fields that
   * were combined), or the old table on an entity class; empty means: the name given by
   * {@link RenamedFrom}.
   */
  String[] from() default {};
}
