// ACC510: @Table(name = "books") added to Book, whose rows are in table Book: the migration would
// create books empty and leave every row in Book, which nothing maps any more.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
@Table(name = "books") // ACC510
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
