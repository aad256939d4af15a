package dev.accordion.shop;

import dev.accordion.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToOne;

/** Release 3, contract: vip is gone, and every customer has a tier. */
@Entity
public class Customer extends BaseEntity {
  @Column(nullable = false)
  private String name;

  @Contract(from = "vip")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Tier tier;

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

  public Tier getTier() {
    return tier;
  }

  public void setTier(Tier tier) {
    this.tier = tier;
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
