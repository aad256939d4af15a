package dev.accordion.sample;

import dev.accordion.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The seeds' Post, three releases on: release 1 had {@code boolean published}; release 2 expanded
 * it into {@code status} with a value map; this release contracts it, so {@code published} is
 * gone and {@code status} becomes NOT NULL once every row agrees.
 */
@Entity
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  private String content;

  @Contract(from = "published")
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  protected Post() {}

  public Post(String title, String content, Status status) {
    this.title = title;
    this.content = content;
    this.status = status;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }
}
