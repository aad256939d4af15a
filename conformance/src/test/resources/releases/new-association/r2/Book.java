package shop;

import jakarta.persistence.*;

/** Release 2: a book has an author, a new association on a table in use. */
@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;
  @ManyToOne private Author author;
}
