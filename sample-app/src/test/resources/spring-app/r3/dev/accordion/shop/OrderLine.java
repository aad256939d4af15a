package dev.accordion.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

/** So many of a product in an order; the product may be gone from the catalogue. */
@Entity
public class OrderLine extends BaseEntity {
  @ManyToOne(optional = false)
  private Order order;

  @ManyToOne
  private Product product;

  private int quantity;

  public Order getOrder() {
    return order;
  }

  public void setOrder(Order order) {
    this.order = order;
  }

  public Product getProduct() {
    return product;
  }

  public void setProduct(Product product) {
    this.product = product;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }
}
