package dev.accordion.lifecycle;

import dev.accordion.Contract;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Release 3, contract: author_id and its foreign key are dropped; writer_id is the association. */
@Entity
public class Book {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @Contract(from = "author")
  @ManyToOne
  @JoinColumn(name = "writer_id")
  private Author writer;

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Author getWriter() {
    return writer;
  }

  public void setWriter(Author writer) {
    this.writer = writer;
  }
}
