package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  Boolean published;

  @Expand(from = "published", map = {
      @ValueMap(from = "true", to = "Published"),
      @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
  @Enumerated(EnumType.STRING)
  Status status;

  public Status getStatus() { return PostAccessors.getStatus(this); }
  public void setStatus(Status s) { PostAccessors.setStatus(this, s); }
}
