// ACC311: the expand has both a value map and a converter; only one transform can apply.
package dev.accordion.sample;

import dev.accordion.Converter;
import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  Boolean published;

  @Expand(from = "published", converter = PublishedToStatus.class, // ACC311
      sqlUp = "CASE :value WHEN 1 THEN 'Published' ELSE 'Unknown' END",
      sqlDown = ":value = 'Published'",
      map = @ValueMap(from = "true", to = "Published"))
  @Enumerated(EnumType.STRING)
  Status status;
}

class PublishedToStatus implements Converter<Boolean, Status> {
  public Status up(Boolean published) { return published ? Status.Published : Status.Unknown; }

  public Boolean down(Status status) { return status == Status.Published; }
}
