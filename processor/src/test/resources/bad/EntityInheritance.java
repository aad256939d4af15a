// ACC111: Book, the root of a SINGLE_TABLE hierarchy (Novel extends it), renames a column:
// Accordion's transitions do not change an inheritance hierarchy's tables yet.
package dev.accordion.library;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
class Book { // ACC111
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  @Column(nullable = false) String isbn;
  @RenamedFrom("note") @Column(length = 100) String remark;

  @Enumerated(EnumType.STRING)
  Format format;

  @Enumerated(EnumType.ORDINAL)
  Shelf shelf;
}

@Entity
class Novel extends Book {
  String genre;
}

enum Format { Hardcover, Paperback }

enum Shelf { Fiction, History, Science }
