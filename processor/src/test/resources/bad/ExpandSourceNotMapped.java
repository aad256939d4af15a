// ACC304: @Expand takes over column published, but field published was removed in the same
// release: during the expand both fields stay mapped so the accessors can write both.
// (Column published is then also reported as dropped, ACC501.)
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
class Post { // ACC501
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;

  @Expand(from = "published", map = { // ACC304
      @ValueMap(from = "true", to = "Published"),
      @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
  @Enumerated(EnumType.STRING)
  Status status;
}
