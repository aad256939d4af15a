// ACC503: note shrinks from VARCHAR(100) to VARCHAR(50) in place, which fails on longer values and
// rewrites the table on the servers.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  @Column(nullable = false) String isbn;
  @Column(length = 50) String note; // ACC503

  @Enumerated(EnumType.STRING)
  Format format;

  @Enumerated(EnumType.ORDINAL)
  Shelf shelf;
}

enum Format { Hardcover, Paperback }

enum Shelf { Fiction, History, Science }
