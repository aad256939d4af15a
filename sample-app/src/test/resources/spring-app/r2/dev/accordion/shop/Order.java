package dev.accordion.shop;

import dev.accordion.Expand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Release 2, expand: note is renamed comment, and the warehouse an order ships from moves to
 * the join column warehouse_id; note and shipFrom stay mapped, so the setters write both
 * columns while release 1 still reads the old ones. An order may use a coupon, a new
 * association.
 */
@Entity
@Table(name = "orders")
public class Order extends BaseEntity {
  @Column(nullable = false)
  private String reference;

  @ManyToOne(optional = false)
  private Customer customer;

  @OneToMany(mappedBy = "order")
  private List<OrderLine> lines = new ArrayList<>();

  private String note;

  @Expand(from = "note")
  private String comment;

  @ManyToOne
  private Warehouse shipFrom;

  @Expand(from = "shipFrom")
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
    return OrderAccessors.comment(comment, note);
  }

  public void setComment(String comment) {
    this.note = OrderAccessors.noteFromComment(comment);
    this.comment = comment;
  }

  public Warehouse getWarehouse() {
    return OrderAccessors.warehouse(warehouse, shipFrom);
  }

  public void setWarehouse(Warehouse warehouse) {
    this.shipFrom = OrderAccessors.shipFromFromWarehouse(warehouse);
    this.warehouse = warehouse;
  }

  public Coupon getCoupon() {
    return coupon;
  }

  public void setCoupon(Coupon coupon) {
    this.coupon = coupon;
  }
}
