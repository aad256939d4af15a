package dev.accordion.lifecycle;

import dev.accordion.Expand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/**
 * Release 2 moves the owning side of the 1-1 link to the account: profile_id, a unique foreign
 * key to Profile, is filled from the profile that links back and kept in step with
 * Profile.account while both releases run.
 */
@Entity
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  @Expand(from = "Profile.account")
  @OneToOne
  private Profile profile;

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Profile getProfile() {
    return profile;
  }

  public void setProfile(Profile profile) {
    this.profile = profile;
  }
}
