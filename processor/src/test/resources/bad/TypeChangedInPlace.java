// ACC503: content changes from VARCHAR to INTEGER in place.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  Integer content; // ACC503
  boolean published;
}
