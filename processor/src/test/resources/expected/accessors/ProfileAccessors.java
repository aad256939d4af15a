package dev.accordion.sample;

import dev.accordion.Transitions;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Profile} while its expand-and-contract transitions are in flight.
 * <p>Route the entity's getters and setters of these fields through here until the contract release.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class ProfileAccessors {
  private ProfileAccessors() {
  }

  /**
   * Reads {@code biography}: from {@code bio} until transition {@code Profile.biography} is verified.
   */
  public static String getBiography(Profile entity) {
    return Transitions.readsNew("Profile.biography") ? entity.biography : entity.bio;
  }

  /**
   * Writes {@code biography} and, transformed, {@code bio}.
   */
  public static void setBiography(Profile entity, String value) {
    String converted = value;
    entity.biography = value;
    entity.bio = converted;
  }

  /**
   * Writes {@code bio} and, transformed, {@code biography}.
   */
  public static void setBio(Profile entity, String value) {
    String converted = value;
    entity.bio = value;
    entity.biography = converted;
  }
}
