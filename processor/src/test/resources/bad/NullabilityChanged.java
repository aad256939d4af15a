// ACC505: content becomes NOT NULL in place; existing NULLs would fail and the table locks.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  @Column(nullable = false) String content; // ACC505
  boolean published;
}
