// ACC113: GenerationType.TABLE gives integer keys, and this key is a String.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) String id; // ACC113
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
