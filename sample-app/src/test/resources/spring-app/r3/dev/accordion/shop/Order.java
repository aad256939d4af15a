package dev.accordion.shop;

import dev.accordion.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Release 3, contract: note and ship_from_id are gone. */
@Entity
@Table(name = "orders")
public class Order extends BaseEntity {
  @Column(nullable = false)
  private String reference;

  @ManyToOne(optional = false)
  private Customer customer;

  @OneToMany(mappedBy = "order")
  private List<OrderLine> lines = new ArrayList<>();

  @Contract(from = "note")
  private String comment;

  @Contract(from = "shipFrom")
  @ManyToOne
  @JoinColumn(name = "warehouse_id")
  private Warehouse warehouse;

  @ManyToOne
  private Coupon coupon;

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Customer getCustomer() {
    return customer;
  }

  public void setCustomer(Customer customer) {
    this.customer = customer;
  }

  public List<OrderLine> getLines() {
    return lines;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Warehouse getWarehouse() {
    return warehouse;
  }

  public void setWarehouse(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  public Coupon getCoupon() {
    return coupon;
  }

  public void setCoupon(Coupon coupon) {
    this.coupon = coupon;
  }
}
