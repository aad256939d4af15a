// ACC504: new column views is NOT NULL (a primitive int), but existing rows have no value.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  boolean published;
  int views; // ACC504
}
