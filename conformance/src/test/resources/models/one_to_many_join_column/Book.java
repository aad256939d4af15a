package conformance.one_to_many_join_column;

import jakarta.persistence.*;

/** Maps the shelf's join column back, read-only, as the bidirectional form does. */
@Entity
public class Book {
  @Id @GeneratedValue private Long id;
  private String title;
  @ManyToOne @JoinColumn(name = "shelf_id", insertable = false, updatable = false)
  private Shelf shelf;
}
