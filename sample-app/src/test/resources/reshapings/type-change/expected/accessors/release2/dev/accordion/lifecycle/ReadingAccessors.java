package dev.accordion.lifecycle;

import dev.accordion.Transitions;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Reading} while its expand-and-contract transitions are in flight.
 * <p>Route the entity's getters and setters of these fields through here until the contract release.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class ReadingAccessors {
  private static final TextToUuid REFERENCE_CONVERTER = new TextToUuid();

  private ReadingAccessors() {
  }

  /**
   * Reads {@code reference}: from {@code ref} until transition {@code Reading.reference} is verified.
   */
  public static UUID getReference(Reading entity) {
    return Transitions.readsNew("Reading.reference") ? entity.reference : referenceFromRef(entity.ref);
  }

  /**
   * Writes {@code reference} and, transformed, {@code ref}.
   */
  public static void setReference(Reading entity, UUID value) {
    String converted = refFromReference(value);
    entity.reference = value;
    entity.ref = converted;
  }

  /**
   * Writes {@code ref} and, transformed, {@code reference}.
   */
  public static void setRef(Reading entity, String value) {
    UUID converted = referenceFromRef(value);
    entity.ref = value;
    entity.reference = converted;
  }

  private static UUID referenceFromRef(String value) {
    return value == null ? null : REFERENCE_CONVERTER.up(value);
  }

  private static String refFromReference(UUID value) {
    return value == null ? null : REFERENCE_CONVERTER.down(value);
  }

  /**
   * Reads {@code viewCount}: from {@code views} until transition {@code Reading.viewCount} is verified.
   */
  public static Long getViewCount(Reading entity) {
    return Transitions.readsNew("Reading.viewCount") ? entity.viewCount : viewCountFromViews(entity.views);
  }

  /**
   * Writes {@code viewCount} and, transformed, {@code views}.
   */
  public static void setViewCount(Reading entity, Long value) {
    Integer converted = viewsFromViewCount(value);
    entity.viewCount = value;
    entity.views = converted;
  }

  /**
   * Writes {@code views} and, transformed, {@code viewCount}.
   */
  public static void setViews(Reading entity, Integer value) {
    Long converted = viewCountFromViews(value);
    entity.views = value;
    entity.viewCount = converted;
  }

  private static Long viewCountFromViews(Integer value) {
    return value == null ? null : value.longValue();
  }

  private static Integer viewsFromViewCount(Long value) {
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("viewCount = " + value + " does not fit views (Integer), which older releases still read until transition Reading.viewCount is contracted");
    }
    return value.intValue();
  }
}
