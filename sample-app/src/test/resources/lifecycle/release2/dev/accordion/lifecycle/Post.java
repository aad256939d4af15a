package dev.accordion.lifecycle;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Release 2, expand: {@code published} becomes nullable, {@code status} is filled from it. The
 * fields stay private: the getter and setter hand their values to the generated accessors.
 */
@Entity
@Table(indexes = @Index(name = "Post_title_idx", columnList = "title"))
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

  public Post() {}

  public void setTitle(String title) { this.title = title; }

  public Status getStatus() { return PostAccessors.status(status, published); }

  public void setStatus(Status status) {
    this.published = PostAccessors.publishedFromStatus(status);
    this.status = status;
  }
}
