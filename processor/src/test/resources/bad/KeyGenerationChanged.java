// ACC512: @GeneratedValue removed from Book's key, which the database generates: this release
// would assign keys that collide with those it generates for older releases.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book {
  @Id Long id; // ACC512
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
