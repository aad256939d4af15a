package conformance.column_definitions;

import jakarta.persistence.*;

/** A join to a key declared by its SQL. */
@Entity
public class Remark {
  @Id @GeneratedValue private Long id;
  @ManyToOne private Article article;
  @Column(columnDefinition = "TEXT", nullable = false) private String text;
}
