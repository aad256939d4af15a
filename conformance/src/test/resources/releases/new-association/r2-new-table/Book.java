package shop;

import jakarta.persistence.*;

/** Release 1: a book knows no author yet. */
@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;
}
