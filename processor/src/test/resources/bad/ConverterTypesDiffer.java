// ACC313: the converter (through its superclass) is a Converter<Boolean, String>, but the new
// field is a Status: the generated accessors could not call it.
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
      converter = PublishedToLabel.class, // ACC313
      sqlUp = "CASE :value WHEN 1 THEN 'Published' ELSE 'Unknown' END",
      sqlDown = ":value = 'Published'")
  @Enumerated(EnumType.STRING)
  Status status;
}

abstract class FromBoolean<N> implements Converter<Boolean, N> {}

class PublishedToLabel extends FromBoolean<String> {
  public String up(Boolean published) { return published ? "Published" : "Unknown"; }

  public Boolean down(String label) { return label.equals("Published"); }
}
