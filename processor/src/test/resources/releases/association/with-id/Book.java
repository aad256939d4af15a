package dev.accordion.library;

import jakarta.persistence.*;

/** A book that keeps its author's key as a plain column author_id, no foreign key. */
@Entity
public class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  @Column(name = "author_id") Long authorId;
}
