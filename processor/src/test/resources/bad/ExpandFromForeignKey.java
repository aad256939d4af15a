// ACC329: an expand taking over author_id, the column of a @ManyToOne: its contract would drop a
// column a foreign key constrains.
package dev.accordion.library;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  @ManyToOne Author author;
  @Expand @RenamedFrom("author") Long writerId; // ACC329
}
