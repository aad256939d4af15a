// ACC303: @Expand on title, but column Post.title exists already: an expand adds a new column.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Expand(from = "content") @Column(nullable = false) String title; // ACC303
  String content;
  boolean published;
}
