// ACC316: @DialectSql names "postgres", which is not a dialect this build generates (the test
// build generates sqlite only; the name of PostgreSQL's dialect is "postgresql").
package dev.accordion.sample;

import dev.accordion.Converter;
import dev.accordion.DialectSql;
import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  Boolean published;

  @Expand(from = "published", converter = PublishedToStatus.class,
      sqlUp = "CASE WHEN :value THEN 'Published' ELSE 'Unknown' END",
      sqlDown = ":value = 'Published'",
      dialectSql = @DialectSql(dialect = "postgres", up = ":value", down = ":value")) // ACC316
  @Enumerated(EnumType.STRING)
  Status status;
}

class PublishedToStatus implements Converter<Boolean, Status> {
  public Status up(Boolean published) { return published ? Status.Published : Status.Unknown; }

  public Boolean down(Status status) { return status == Status.Published; }
}
