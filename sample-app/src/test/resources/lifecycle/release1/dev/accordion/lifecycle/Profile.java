package dev.accordion.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Release 1, as in the seed: {@code bio}. */
@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String bio;

  public Profile() {}

  public void setBio(String bio) { this.bio = bio; }
}
