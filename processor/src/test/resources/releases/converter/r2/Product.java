package dev.accordion.shop;

import dev.accordion.Expand;
import jakarta.persistence.*;

/** Release 2: prices in euros, converted in Java by CentsToEuros and in SQL by sqlUp/sqlDown. */
@Entity
public class Product {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false) private String name;
  private Integer priceCents;

  @Expand(from = "priceCents", converter = CentsToEuros.class,
      sqlUp = ":value / 100.0", sqlDown = "CAST(ROUND(:value * 100) AS INTEGER)")
  private Double priceEuros;

  public Double getPriceEuros() { return ProductAccessors.priceEuros(priceEuros, priceCents); }

  public void setPriceEuros(Double priceEuros) {
    this.priceCents = ProductAccessors.priceCentsFromPriceEuros(priceEuros);
    this.priceEuros = priceEuros;
  }
}
