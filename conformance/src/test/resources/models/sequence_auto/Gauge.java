package conformance.sequence_auto;

import jakarta.persistence.*;

@Entity
public class Gauge {
  @Id @GeneratedValue private Long id;
  private String label;
}
