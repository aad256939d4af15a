// ACC314: the generated accessors create the converter with 'new PublishedToStatus()', but its
// only constructor takes an argument.
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

  @Expand(from = "published",
      converter = PublishedToStatus.class, // ACC314
      sqlUp = "CASE :value WHEN 1 THEN 'Published' ELSE 'Unknown' END",
      sqlDown = ":value = 'Published'")
  @Enumerated(EnumType.STRING)
  Status status;
}

class PublishedToStatus implements Converter<Boolean, Status> {
  private final Status otherwise;

  PublishedToStatus(Status otherwise) { this.otherwise = otherwise; }

  public Status up(Boolean published) { return published ? Status.Published : otherwise; }

  public Boolean down(Status status) { return status == Status.Published; }
}
