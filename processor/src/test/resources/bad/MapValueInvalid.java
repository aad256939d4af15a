// ACC306: "Publishd" is not a constant of Status.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  Boolean published;

  @Expand(from = "published", map = {
      @ValueMap(from = "true", to = "Publishd"), // ACC306
      @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
  @Enumerated(EnumType.STRING)
  Status status;
}
