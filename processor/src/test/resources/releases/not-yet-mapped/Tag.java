package dev.accordion.shop;

import jakarta.persistence.*;

@Entity
public class Tag {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String label;
}
