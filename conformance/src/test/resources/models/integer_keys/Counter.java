package conformance.integer_keys;

import jakarta.persistence.*;

@Entity
public class Counter {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  private long value;
}
