// ACC317: the split names "subtitle", which is not a field of Post.
package dev.accordion.sample;

import dev.accordion.Converter;
import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  String content;
  boolean published;

  @Expand(from = "title", into = {"heading", "subtitle"}, // ACC317
      converter = SplitTitle.class, sqlUp = {":value", ":value"}, sqlDown = ":heading")
  String heading;
}

record Title(String heading, String subtitle) {}

class SplitTitle implements Converter<String, Title> {
  public Title up(String title) { return new Title(title, ""); }

  public String down(Title title) { return title.heading(); }
}
