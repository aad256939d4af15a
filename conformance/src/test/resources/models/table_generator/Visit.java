package conformance.table_generator;

import jakarta.persistence.*;

@Entity
public class Visit {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;
}
