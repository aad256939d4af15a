// ACC318: combining title and content into one field cannot be a copy: say how in a converter
// (with a record of the two old fields) and in SQL.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  String content;
  boolean published;

  @Expand(from = {"title", "content"}) // ACC318
  String body;
}
