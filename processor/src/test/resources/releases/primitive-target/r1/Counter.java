package dev.accordion.shop;

import jakarta.persistence.*;

/** Release 1: a count that may be unknown. */
@Entity
public class Counter {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private Integer views;
}
