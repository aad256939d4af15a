package dev.accordion.shop;

import dev.accordion.Expand;
import jakarta.persistence.*;

/** Release 2: prices in euros, converted in Java by CentsToEuros and in SQL by sqlUp/sqlDown. */
@Entity
public class Product {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String name;
  Integer priceCents;

  @Expand(from = "priceCents", converter = CentsToEuros.class,
      sqlUp = ":value / 100.0", sqlDown = "CAST(ROUND(:value * 100) AS INTEGER)")
  Double priceEuros;
}
