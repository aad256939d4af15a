// ACC513: shelf switches from ORDINAL to STRING in place: its column holds 0, 1 and 2, which the
// new mapping cannot read, and older releases keep writing numbers.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  @Column(nullable = false) String isbn;
  @Column(length = 100) String note;

  @Enumerated(EnumType.STRING)
  Format format;

  @Enumerated(EnumType.STRING)
  Shelf shelf; // ACC513
}

enum Format { Hardcover, Paperback }

enum Shelf { Fiction, History, Science }
