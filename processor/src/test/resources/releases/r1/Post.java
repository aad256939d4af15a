package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  boolean published;
}
