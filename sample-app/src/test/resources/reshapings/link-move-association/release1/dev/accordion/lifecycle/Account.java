package dev.accordion.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** Release 1: the profile owns the 1-1 link (Profile.account, column account_id). */
@Entity
public class Account {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  @OneToOne(mappedBy = "account")
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
}
