// ACC115: Book's keys came from the sequence Book_SEQ; a generator naming another sequence would
// start Hibernate over at 1, on keys the table already has.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book { // ACC115
  @Id
  @GeneratedValue(generator = "books")
  @SequenceGenerator(name = "books", sequenceName = "book_ids")
  Long id;

  @Column(nullable = false) String title;
}
