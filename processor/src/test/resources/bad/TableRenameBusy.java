// ACC325: Post is renamed to Article while its transition Post.status is in flight (release r2):
// the transition's triggers and checks name the table Post.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
@Expand // ACC325
@RenamedFrom("Post")
class Article {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  Boolean published;

  @Expand(from = "published", map = {
      @ValueMap(from = "true", to = "Published"),
      @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
  @Enumerated(EnumType.STRING)
  Status status;
}
