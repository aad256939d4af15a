package dev.accordion.library;

import jakarta.persistence.*;

/** Release 1 of a library: each change to an existing entity is tried against this one. */
@Entity
public class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  @Column(nullable = false) String isbn;
  @Column(length = 100) String note;

  @Enumerated(EnumType.STRING)
  Format format;

  @Enumerated(EnumType.ORDINAL)
  Shelf shelf;
}

enum Format { Hardcover, Paperback }

enum Shelf { Fiction, History, Science }
