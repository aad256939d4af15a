// ACC510: @Entity(name = "Volume") on Book, whose rows are in table Book: the entity's name is
// also its table's name, so the migration would create Volume empty beside them.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity(name = "Volume") // ACC510
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
