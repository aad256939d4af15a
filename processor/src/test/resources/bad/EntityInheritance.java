// ACC111: Novel extends entity Book. Hibernate would add a DTYPE column and Novel's genre to
// table Book (SINGLE_TABLE, the default), which Accordion does not read: Book's migrations would
// leave them out, and Novel (whose key is Book's) is no table of its own.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  @Column(nullable = false) String isbn;
  @Column(length = 100) String note;

  @Enumerated(EnumType.STRING)
  Format format;

  @Enumerated(EnumType.ORDINAL)
  Shelf shelf;
}

@Entity
class Novel extends Book { // ACC111
  String genre;
}

enum Format { Hardcover, Paperback }

enum Shelf { Fiction, History, Science }
