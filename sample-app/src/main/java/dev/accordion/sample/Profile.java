package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The seeds' Profile in the expand release of {@code bio} to {@code biography}: both fields are
 * mapped and private, and the getter and setter hand their values to the generated {@link
 * ProfileAccessors}: the setter writes both fields, and the getter reads {@code bio} until the
 * backfill is verified.
 */
@Entity
public class Profile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String bio;

  @Expand
  @RenamedFrom("bio")
  private String biography;

  protected Profile() {}

  public Profile(String biography) {
    setBiography(biography);
  }

  public Long getId() {
    return id;
  }

  public String getBiography() {
    return ProfileAccessors.biography(biography, bio);
  }

  public void setBiography(String biography) {
    this.bio = ProfileAccessors.bioFromBiography(biography);
    this.biography = biography;
  }
}
