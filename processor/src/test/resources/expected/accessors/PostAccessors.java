package dev.accordion.sample;

import dev.accordion.Transitions;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Post} while its expand-and-contract transitions are in flight.
 * <p>Functions of the fields' values, so the fields may stay private: until the contract release, the entity's getter of each new field returns what its reader gives, and each setter assigns to the other side's fields what their conversions give.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class PostAccessors {
  private PostAccessors() {
  }

  /**
   * What {@code getStatus} returns: {@code published}, converted, until transition {@code Post.status} is verified, then {@code status}.
   */
  public static Status status(Status status, Boolean published) {
    return Transitions.readsNew("Post.status") ? status : statusFromPublished(published);
  }

  /**
   * What {@code setStatus} assigns to {@code published}.
   */
  public static Boolean publishedFromStatus(Status status) {
    if (Objects.equals(status, Status.Published)) {
      return true;
    }
    if (Objects.equals(status, Status.Unknown)) {
      return false;
    }
    if (Objects.equals(status, Status.Draft)) {
      return false;
    }
    if (Objects.equals(status, Status.InProgress)) {
      return false;
    }
    if (Objects.equals(status, Status.InReview)) {
      return false;
    }
    return null;
  }

  /**
   * What {@code setPublished} assigns to {@code status}.
   */
  public static Status statusFromPublished(Boolean published) {
    if (Objects.equals(published, true)) {
      return Status.Published;
    }
    if (Objects.equals(published, false)) {
      return Status.Unknown;
    }
    return null;
  }
}
