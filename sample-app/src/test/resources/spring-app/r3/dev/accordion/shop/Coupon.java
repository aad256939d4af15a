package dev.accordion.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A discount an order may use. */
@Entity
public class Coupon extends BaseEntity {
  @Column(nullable = false, unique = true)
  private String code;

  private int percentOff;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public int getPercentOff() {
    return percentOff;
  }

  public void setPercentOff(int percentOff) {
    this.percentOff = percentOff;
  }
}
