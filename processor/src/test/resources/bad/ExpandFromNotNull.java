// ACC305: the old field stays a primitive boolean (NOT NULL), but the expand makes its column
// nullable so that a later release may stop writing it. Use Boolean.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  boolean published; // ACC305

  @Expand(from = "published", map = {
      @ValueMap(from = "true", to = "Published"),
      @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
  @Enumerated(EnumType.STRING)
  Status status;
}
