// ACC111: @DiscriminatorColumn on Book, an entity without subclasses: Hibernate still adds the
// discriminator column (NOT NULL) to its table, and no migration would.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
@DiscriminatorColumn(name = "kind") // ACC111
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
