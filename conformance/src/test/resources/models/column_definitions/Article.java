package conformance.column_definitions;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** Columns declared by their SQL: the key too, and a default in the definition. */
@Entity
public class Article {
  @Id @Column(columnDefinition = "varchar(36)") private String id;
  @Column(columnDefinition = "TEXT") private String body;
  @Column(columnDefinition = "decimal(12,3)", nullable = false) private BigDecimal price;
  @Column(columnDefinition = "varchar(20) default 'draft'") private String state;
  @Column(columnDefinition = "varchar(200)", unique = true) private String slug;
  @Column(columnDefinition = "integer") private int rating;
}
