package conformance.referenced_column;

import jakarta.persistence.*;

/** Join columns that point at a column other than the key. */
@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  @ManyToOne @JoinColumn(name = "author_email", referencedColumnName = "email") private Author author;
  @ManyToOne @JoinColumn(referencedColumnName = "author_code") private Author editor;
}
