package dev.accordion.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Release 1: an order has a note, and ships from a warehouse. */
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

  @ManyToOne
  private Warehouse shipFrom;

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

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Warehouse getShipFrom() {
    return shipFrom;
  }

  public void setShipFrom(Warehouse shipFrom) {
    this.shipFrom = shipFrom;
  }
}
