package dev.accordion.lifecycle;

import dev.accordion.Contract;
import dev.accordion.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Release 3, contract: only {@code biography} is left. */
@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Contract @RenamedFrom("bio") private String biography;

  public Profile() {}

  public String getBiography() { return biography; }

  public void setBiography(String biography) { this.biography = biography; }
}
