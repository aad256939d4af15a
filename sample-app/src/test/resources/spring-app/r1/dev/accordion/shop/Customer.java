package dev.accordion.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;

/** Release 1: a customer is a VIP or not. */
@Entity
public class Customer extends BaseEntity {
  @Column(nullable = false)
  private String name;

  private boolean vip;

  @Embedded
  private Address address;

  @OneToOne(mappedBy = "customer")
  private CustomerProfile profile;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isVip() {
    return vip;
  }

  public void setVip(boolean vip) {
    this.vip = vip;
  }

  public Address getAddress() {
    return address;
  }

  public void setAddress(Address address) {
    this.address = address;
  }

  public CustomerProfile getProfile() {
    return profile;
  }
}
