// ACC104: the old field of an expand is private, but the generated PostAccessors must write it
// directly.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  private Boolean published; // ACC104

  @Expand(from = "published", map = {
      @ValueMap(from = "true", to = "Published"),
      @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
  @Enumerated(EnumType.STRING)
  Status status;
}
