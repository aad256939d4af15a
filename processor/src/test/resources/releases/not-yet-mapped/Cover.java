package dev.accordion.shop;

import jakarta.persistence.*;

@Entity
public class Cover {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String imageUrl;
}
