package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false) private String title;
  private String content;
  private Boolean published;

  @Expand(from = "published", map = {
      @ValueMap(from = "true", to = "Published"),
      @ValueMap(from = "false", to = {"Unknown", "Draft", "InProgress", "InReview"})})
  @Enumerated(EnumType.STRING)
  private Status status;

  public Status getStatus() { return PostAccessors.status(status, published); }

  public void setStatus(Status status) {
    this.published = PostAccessors.publishedFromStatus(status);
    this.status = status;
  }
}
