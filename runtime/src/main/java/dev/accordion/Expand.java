package dev.accordion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the new side of a column transition in its expand release.
 *
 * <p>The release that adds this annotation gets an expand migration: the new column is added
 * nullable next to the old one, the old column is made nullable, sync triggers keep both equal
 * for writers that still use the old mapping, and a batched backfill copies (or transforms) every
 * existing row. The generated {@code <Entity>Accessors} class writes both fields and reads the
 * old one until the runtime has verified the backfill.
 *
 * <pre>{@code
 * @Expand @RenamedFrom("bio") String biography;                  // copy
 * @Expand(from = "published", map = {                              // value map
 *     @ValueMap(from = "true", to = "Published"),
 *     @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
 * @Enumerated(EnumType.STRING) Status status;
 * @Expand(from = "priceCents", converter = CentsToEuros.class,       // Java and SQL converter
 *     sqlUp = ":value / 100.0", sqlDown = "CAST(ROUND(:value * 100) AS INTEGER)")
 * Double priceEuros;
 * @Expand(from = {"firstName", "lastName"}, converter = JoinName.class, // combined fields
 *     sqlUp = ":firstName || ' ' || :lastName",
 *     sqlDown = {"substr(:value, 1, instr(:value, ' ') - 1)", "substr(:value, instr(:value, ' ') + 1)"})
 * String fullName;
 * }</pre>
 *
 * <p>On an entity class, with {@link RenamedFrom}, it renames the table with zero downtime: the
 * release's code uses the new name while older releases keep the old one, both seeing the same
 * rows (on PostgreSQL and MariaDB the new name is a view of the old table until the contract
 * renames the table; on SQLite it is a copy kept in step by triggers and filled by a batched
 * backfill). Only {@code from} (the old table, instead of {@code @RenamedFrom}) and
 * {@code batchSize} apply there, and the table's columns cannot change in the same release.
 *
 * <pre>{@code
 * @Expand @RenamedFrom("Subscriber") @Entity public class Member { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface Expand {

  /**
   * The field (or column) whose data this one takes over; several when fields are combined
   * into this one. Empty means: the name given by {@link RenamedFrom} on the same field.
   */
  String[] from() default {};

  /**
   * When one field is split into several: every new field, this one first, in the order of the
   * converter's record and of {@link #sqlUp()}. The others carry no annotation of their own.
   */
  String[] into() default {};

  /** Value pairs for enums and booleans; empty means the value is copied unchanged. */
  ValueMap[] map() default {};

  /**
   * For transforms a value map cannot say: the class whose {@code up} and {@code down} the
   * generated accessors call. Needs {@link #sqlUp()} and {@link #sqlDown()} for the database.
   * {@code down(up(x))} must give {@code x} back for the values in use: verification compares
   * each row's new value mapped back with its old one, and a value that does not come back is
   * reported as a mismatch that stops the contract.
   */
  Class<? extends Converter<?, ?>> converter() default Converter.None.class;

  /**
   * With {@link #converter()}: the SQL expression of {@code up}, with {@code :value} standing for
   * the old column, used by the backfill and the sync triggers. Combining fields, the old
   * columns are {@code :firstName}, {@code :lastName} (by field name); splitting one, one
   * expression per new field, in the order of {@link #into()}.
   */
  String[] sqlUp() default {};

  /**
   * With {@link #converter()}: the SQL expression of {@code down}, {@code :value} the new column.
   * Combining fields, one expression per old field, in the order of {@link #from()}; splitting
   * one, the new columns are {@code :field} by name.
   */
  String[] sqlDown() default {};

  /**
   * With {@link #converter()}: SQL for the dialects that spell the conversion their own way.
   * Every dialect the build generates needs either an entry here or {@link #sqlUp()} and
   * {@link #sqlDown()}.
   */
  DialectSql[] dialectSql() default {};

  /**
   * Rows in the first backfill batch; each batch is one short transaction. Later batches are
   * sized by time (see {@code Accordion.Builder.backfillBatchTime}), so a fast table is not
   * walked a thousand rows at a time and a slow one never holds its locks long.
   */
  int batchSize() default 1000;
}
