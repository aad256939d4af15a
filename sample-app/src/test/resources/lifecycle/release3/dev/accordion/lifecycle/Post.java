package dev.accordion.lifecycle;

import dev.accordion.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Release 3, contract: {@code published} is gone; {@code status} is NOT NULL. */
@Entity
@Table(indexes = @Index(name = "Post_title_idx", columnList = "title"))
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false) private String title;
  private String content;

  @Contract(from = "published")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  public Post() {}

  public void setTitle(String title) { this.title = title; }

  public Status getStatus() { return status; }

  public void setStatus(Status status) { this.status = status; }
}
