package dev.accordion.lifecycle;

import dev.accordion.Expand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.HashSet;
import java.util.Set;

/**
 * Release 2 turns the 1:n link into m:n: the join table post_author gets a row per post's
 * author, filled from author_id and kept in step with it while release 1 still writes it. This
 * release reads author_id but never writes it: the triggers keep it one of the post's authors,
 * and a post loaded before they moved it and saved later would write it back.
 */
@Entity
public class Post {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  @ManyToOne
  @JoinColumn(insertable = false, updatable = false)
  private Author author;

  @Expand(from = "author")
  @ManyToMany
  @JoinTable(name = "post_author")
  private Set<Author> authors = new HashSet<>();

  public Long getId() {
    return id;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Set<Author> getAuthors() {
    return authors;
  }
}
