package conformance.single_table_abstract_root;

import jakarta.persistence.*;

/** The only concrete class: its NOT NULL column, which Hibernate keeps, holds on every row. */
@Entity
public class Receipt extends Document {
  @Column(nullable = false, length = 20) private String number;
  private long cents;
}
