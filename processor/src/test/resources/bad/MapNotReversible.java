// ACC308: Published maps back to both true and false; the sync trigger from status to
// published could not decide.
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
      @ValueMap(from = "true", to = "Published"),
      @ValueMap(from = "false", to = {"Unknown", "Published"})}) // ACC308
  @Enumerated(EnumType.STRING)
  Status status;
}
