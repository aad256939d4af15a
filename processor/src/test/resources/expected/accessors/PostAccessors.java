package dev.accordion.sample;

import dev.accordion.Transitions;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Post} while its expand-and-contract transitions are in flight.
 * <p>Route the entity's getters and setters of these fields through here until the contract release.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class PostAccessors {
  private PostAccessors() {
  }

  /**
   * Reads {@code status}: from {@code published} until transition {@code Post.status} is verified.
   */
  public static Status getStatus(Post entity) {
    return Transitions.readsNew("Post.status") ? entity.status : statusFromPublished(entity.published);
  }

  /**
   * Writes {@code status} and, transformed, {@code published}.
   */
  public static void setStatus(Post entity, Status value) {
    Boolean converted = publishedFromStatus(value);
    entity.status = value;
    entity.published = converted;
  }

  /**
   * Writes {@code published} and, transformed, {@code status}.
   */
  public static void setPublished(Post entity, Boolean value) {
    Status converted = statusFromPublished(value);
    entity.published = value;
    entity.status = converted;
  }

  private static Status statusFromPublished(Boolean value) {
    if (Objects.equals(value, true)) {
      return Status.Published;
    }
    if (Objects.equals(value, false)) {
      return Status.Unknown;
    }
    return null;
  }

  private static Boolean publishedFromStatus(Status value) {
    if (Objects.equals(value, Status.Published)) {
      return true;
    }
    if (Objects.equals(value, Status.Unknown)) {
      return false;
    }
    if (Objects.equals(value, Status.Draft)) {
      return false;
    }
    if (Objects.equals(value, Status.InProgress)) {
      return false;
    }
    if (Objects.equals(value, Status.InReview)) {
      return false;
    }
    return null;
  }
}
