// ACC506: content was not unique in release 1; making it unique in place fails on duplicates and
// cannot be altered on SQLite.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  @Column(unique = true) String content; // ACC506
  boolean published;
}
