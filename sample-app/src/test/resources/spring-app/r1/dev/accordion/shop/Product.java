package dev.accordion.shop;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Something the shop sells, in any number of categories, with free-form tags. */
@Entity
public class Product extends BaseEntity {
  @Column(nullable = false)
  private String name;

  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  @ManyToMany
  private Set<Category> categories = new HashSet<>();

  @ElementCollection
  private Set<String> tags = new HashSet<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Set<Category> getCategories() {
    return categories;
  }

  public Set<String> getTags() {
    return tags;
  }
}
