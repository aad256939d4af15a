package dev.accordion.library;

import jakarta.persistence.*;

@Entity
public class Author {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
}
