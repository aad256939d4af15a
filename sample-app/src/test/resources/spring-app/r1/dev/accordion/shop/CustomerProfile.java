package dev.accordion.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;

/** What a customer tells about themselves; at most one per customer. */
@Entity
public class CustomerProfile extends BaseEntity {
  @OneToOne
  private Customer customer;

  private String bio;

  private boolean newsletter;

  public Customer getCustomer() {
    return customer;
  }

  public void setCustomer(Customer customer) {
    this.customer = customer;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public boolean isNewsletter() {
    return newsletter;
  }

  public void setNewsletter(boolean newsletter) {
    this.newsletter = newsletter;
  }
}
