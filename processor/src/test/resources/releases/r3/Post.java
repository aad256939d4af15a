package dev.accordion.sample;

import dev.accordion.Contract;
import jakarta.persistence.*;

@Entity
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;

  @Contract(from = "published")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Status status;
}
