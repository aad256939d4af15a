package dev.accordion.library;

import jakarta.persistence.*;

/** Release 1 of a library whose keys Hibernate draws from the sequence Book_SEQ. */
@Entity
public class Book {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String title;
}
