package dev.accordion.shop;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToOne;

/**
 * Release 2, expand: vip becomes a tier. vip stays mapped, nullable now, so the setter writes
 * both columns while release 1 still reads vip.
 */
@Entity
public class Customer extends BaseEntity {
  @Column(nullable = false)
  private String name;

  private Boolean vip;

  @Expand(from = "vip", map = {
      @ValueMap(from = "true", to = "VIP"),
      @ValueMap(from = "false", to = {"STANDARD", "SILVER", "GOLD"})})
  @Enumerated(EnumType.STRING)
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
    return CustomerAccessors.tier(tier, vip);
  }

  public void setTier(Tier tier) {
    this.vip = CustomerAccessors.vipFromTier(tier);
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
