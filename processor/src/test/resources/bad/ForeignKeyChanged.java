// ACC330: column author_id held the author's key without a foreign key; mapping it as a
// @ManyToOne would add one to a column in use, which Accordion does not do yet.
package dev.accordion.library;

import jakarta.persistence.*;

@Entity
class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  @ManyToOne @JoinColumn(name = "author_id") Author author; // ACC330
}
