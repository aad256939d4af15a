// ACC511: @Id moved from id to isbn. Table Book keeps id as its primary key: changing it in place
// rewrites the table, fails on duplicates, and older releases go on finding rows by id.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book {
  Long id;
  @Column(nullable = false) String title;
  @Id String isbn; // ACC511
  @Column(length = 100) String note;

  @Enumerated(EnumType.STRING)
  Format format;

  @Enumerated(EnumType.ORDINAL)
  Shelf shelf;
}

enum Format { Hardcover, Paperback }

enum Shelf { Fiction, History, Science }
