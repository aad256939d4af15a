package dev.accordion.lifecycle;

import dev.accordion.Transitions;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Reading} while its expand-and-contract transitions are in flight.
 * <p>Functions of the fields' values, so the fields may stay private: until the contract release, the entity's getter of each new field returns what its reader gives, and each setter assigns to the other side's fields what their conversions give.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class ReadingAccessors {
  private static final TextToUuid REFERENCE_CONVERTER = new TextToUuid();

  private ReadingAccessors() {
  }

  /**
   * What {@code getReference} returns: {@code ref}, converted, until transition {@code Reading.reference} is verified, then {@code reference}.
   */
  public static UUID reference(UUID reference, String ref) {
    return Transitions.readsNew("Reading.reference") ? reference : referenceFromRef(ref);
  }

  /**
   * What {@code setReference} assigns to {@code ref}.
   */
  public static String refFromReference(UUID reference) {
    return reference == null ? null : REFERENCE_CONVERTER.down(reference);
  }

  /**
   * What {@code setRef} assigns to {@code reference}.
   */
  public static UUID referenceFromRef(String ref) {
    return ref == null ? null : REFERENCE_CONVERTER.up(ref);
  }

  /**
   * What {@code getViewCount} returns: {@code views}, converted, until transition {@code Reading.viewCount} is verified, then {@code viewCount}.
   */
  public static Long viewCount(Long viewCount, Integer views) {
    return Transitions.readsNew("Reading.viewCount") ? viewCount : viewCountFromViews(views);
  }

  /**
   * What {@code setViewCount} assigns to {@code views}.
   * <p>Refused when it does not fit: assign it before {@code viewCount}, so that a refused value leaves the entity as it was.
   */
  public static Integer viewsFromViewCount(Long viewCount) {
    if (viewCount == null) {
      return null;
    }
    if (viewCount < Integer.MIN_VALUE || viewCount > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("viewCount = " + viewCount + " does not fit views (Integer), which older releases still read until transition Reading.viewCount is contracted");
    }
    return viewCount.intValue();
  }

  /**
   * What {@code setViews} assigns to {@code viewCount}.
   */
  public static Long viewCountFromViews(Integer views) {
    return views == null ? null : views.longValue();
  }
}
