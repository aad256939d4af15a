package dev.accordion.lifecycle;

import dev.accordion.Expand;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * Release 2, expand: the association moves to the join column writer_id, filled from author_id
 * and kept in step with it while release 1 still writes author_id. author stays mapped so the
 * setter writes both columns.
 */
@Entity
public class Book {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @ManyToOne
  private Author author;

  @Expand(from = "author")
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
    return BookAccessors.writer(writer, author);
  }

  public void setWriter(Author writer) {
    this.author = BookAccessors.authorFromWriter(writer);
    this.writer = writer;
  }
}
