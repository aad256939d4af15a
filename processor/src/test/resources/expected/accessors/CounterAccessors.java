package dev.accordion.shop;

import dev.accordion.Transitions;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Counter} while its expand-and-contract transitions are in flight.
 * <p>Functions of the fields' values, so the fields may stay private: until the contract release, the entity's getter of each new field returns what its reader gives, and each setter assigns to the other side's fields what their conversions give.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class CounterAccessors {
  private CounterAccessors() {
  }

  /**
   * What {@code getViewCount} returns: {@code views}, converted, until transition {@code Counter.viewCount} is verified, then {@code viewCount}.
   */
  public static long viewCount(long viewCount, Integer views) {
    return Transitions.readsNew("Counter.viewCount") ? viewCount : viewCountFromViews(views, viewCount);
  }

  /**
   * What {@code setViewCount} assigns to {@code views}.
   * <p>Refused when it does not fit: assign it before {@code viewCount}, so that a refused value leaves the entity as it was.
   */
  public static Integer viewsFromViewCount(long viewCount) {
    if (viewCount < Integer.MIN_VALUE || viewCount > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("viewCount = " + viewCount + " does not fit views (Integer), which older releases still read until transition Counter.viewCount is contracted");
    }
    return (int) viewCount;
  }

  /**
   * What {@code setViews} assigns to {@code viewCount}, which keeps its value when there is nothing to convert.
   */
  public static long viewCountFromViews(Integer views, long viewCount) {
    Long converted = views == null ? null : views.longValue();
    return converted == null ? viewCount : converted;
  }
}
