package conformance.integer_keys;

import jakarta.persistence.*;

@Entity
public class Marker {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private long id;
  private String label;
}
