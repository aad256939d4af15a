package conformance.table_generator;

import jakarta.persistence.*;

@Entity
public class Ticket {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;
  private String title;
}
