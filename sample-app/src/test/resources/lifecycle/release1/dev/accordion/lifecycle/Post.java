package dev.accordion.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Release 1, as in the seed: a boolean {@code published}. */
@Entity
@Table(indexes = @Index(name = "Post_title_idx", columnList = "title"))
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false) private String title;
  private String content;
  private boolean published;

  public Post() {}

  public void setTitle(String title) { this.title = title; }

  public void setPublished(boolean published) { this.published = published; }
}
