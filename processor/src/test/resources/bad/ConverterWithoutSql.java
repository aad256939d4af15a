// ACC312: a converter gives the accessors their Java, but the backfill and the sync triggers run
// in the database and need sqlUp and sqlDown.
package dev.accordion.sample;

import dev.accordion.Converter;
import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  Boolean published;

  @Expand(from = "published", converter = PublishedToStatus.class) // ACC312
  @Enumerated(EnumType.STRING)
  Status status;
}

class PublishedToStatus implements Converter<Boolean, Status> {
  public Status up(Boolean published) { return published ? Status.Published : Status.Unknown; }

  public Boolean down(Status status) { return status == Status.Published; }
}
