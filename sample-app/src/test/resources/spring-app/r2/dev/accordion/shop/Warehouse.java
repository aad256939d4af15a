package dev.accordion.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Where orders ship from. */
@Entity
public class Warehouse extends BaseEntity {
  @Column(nullable = false)
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
