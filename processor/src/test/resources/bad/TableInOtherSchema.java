// ACC112: @Table(schema = "library") on Book: Hibernate would read library.Book, while the
// migrations create and fill Book in the schema of their connection.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
@Table(schema = "library") // ACC112
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

enum Format { Hardcover, Paperback }

enum Shelf { Fiction, History, Science }
