// ACC319: combining two fields, sqlDown needs one expression per old field (title, content),
// in that order; it has one.
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

  @Expand(from = {"title", "content"}, converter = JoinText.class, // ACC319
      sqlUp = ":title || ' ' || :content", sqlDown = "substr(:value, 1, 10)")
  String body;
}

record Text(String title, String content) {}

class JoinText implements Converter<Text, String> {
  public String up(Text text) { return text.title() + " " + text.content(); }

  public Text down(String body) { return new Text(body, ""); }
}
