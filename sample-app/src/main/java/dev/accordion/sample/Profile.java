package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The seeds' Profile in the expand release of {@code bio} to {@code biography}: both fields are
 * mapped, and the getters and setters go through the generated {@link ProfileAccessors}, which
 * write both and read {@code bio} until the backfill is verified.
 */
@Entity
public class Profile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String bio;

  @Expand
  @RenamedFrom("bio")
  String biography;

  protected Profile() {}

  public Profile(String biography) {
    setBiography(biography);
  }

  public Long getId() {
    return id;
  }

  public String getBiography() {
    return ProfileAccessors.getBiography(this);
  }

  public void setBiography(String biography) {
    ProfileAccessors.setBiography(this, biography);
  }
}
