// ACC113: @GeneratedValue without a strategy is AUTO, and for a Long key Hibernate 6 takes keys
// from a sequence Book_SEQ (a table on SQLite), which no migration creates.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book {
  @Id @GeneratedValue Long id; // ACC113
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
