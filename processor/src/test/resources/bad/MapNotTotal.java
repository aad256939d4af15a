// ACC307: the value map does not say what published = false becomes; the backfill would leave
// those rows NULL.
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

  @Expand(from = "published", map = @ValueMap(from = "true", to = "Published")) // ACC307
  @Enumerated(EnumType.STRING)
  Status status;
}
