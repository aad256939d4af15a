package dev.accordion.sample;

import dev.accordion.Transitions;
import javax.annotation.processing.Generated;

/**
 * Dual-write accessors for {@link Profile} while its expand-and-contract transitions are in flight.
 * <p>Functions of the fields' values, so the fields may stay private: until the contract release, the entity's getter of each new field returns what its reader gives, and each setter assigns to the other side's fields what their conversions give.
 */
@Generated("dev.accordion.processor.AccordionProcessor")
public final class ProfileAccessors {
  private ProfileAccessors() {
  }

  /**
   * What {@code getBiography} returns: {@code bio} until transition {@code Profile.biography} is verified, then {@code biography}.
   */
  public static String biography(String biography, String bio) {
    return Transitions.readsNew("Profile.biography") ? biography : bio;
  }

  /**
   * What {@code setBiography} assigns to {@code bio}.
   */
  public static String bioFromBiography(String biography) {
    return biography;
  }

  /**
   * What {@code setBio} assigns to {@code biography}.
   */
  public static String biographyFromBio(String bio) {
    return bio;
  }
}
