package conformance.column_definitions;

import jakarta.persistence.*;
import java.util.Set;

/** Joins to a key declared by its SQL, one with a definition of its own; values declared so. */
@Entity
public class Remark {
  @Id @GeneratedValue private Long id;
  @ManyToOne private Article article;
  @ManyToOne @JoinColumn(columnDefinition = "varchar(40)") private Article reply;
  @Column(columnDefinition = "TEXT", nullable = false) private String text;
  @ElementCollection @Column(columnDefinition = "varchar(12)") private Set<String> tags;
}
