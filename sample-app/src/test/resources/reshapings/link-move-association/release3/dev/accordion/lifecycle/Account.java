package dev.accordion.lifecycle;

import dev.accordion.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** Release 3: Profile.account_id is dropped; every account has exactly one profile. */
@Entity
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  @Contract(from = "Profile.account")
  @OneToOne(optional = false)
  @JoinColumn(nullable = false)
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
