package dev.accordion.lifecycle;

import dev.accordion.Contract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** Release 3 drops author_id once every post's author is one of its rows in post_author. */
@Entity
public class Post {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String label;

  @Contract(from = "author")
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
