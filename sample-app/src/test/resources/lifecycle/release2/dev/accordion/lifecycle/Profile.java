package dev.accordion.lifecycle;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Release 2, expand: {@code biography} next to {@code bio}, written through the accessors. */
@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String bio;
  @Expand @RenamedFrom("bio") private String biography;

  public Profile() {}

  public String getBiography() { return ProfileAccessors.biography(biography, bio); }

  public void setBiography(String biography) {
    this.bio = ProfileAccessors.bioFromBiography(biography);
    this.biography = biography;
  }
}
