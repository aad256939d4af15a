package dev.accordion.library;

import jakarta.persistence.*;

/** A book whose author is a @ManyToOne: column author_id, a foreign key to Author.id. */
@Entity
public class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  @ManyToOne Author author;
}
