package dev.accordion.shop;

import jakarta.persistence.*;

/** Release 1: prices in whole cents. */
@Entity
public class Product {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String name;
  Integer priceCents;
}
