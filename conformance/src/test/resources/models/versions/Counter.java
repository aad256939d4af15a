package conformance.versions;

import jakarta.persistence.*;

@Entity
public class Counter {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Version private long version;
}
