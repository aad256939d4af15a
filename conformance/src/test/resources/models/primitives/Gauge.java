package conformance.primitives;

import jakarta.persistence.*;

@Entity
public class Gauge {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private int count;
  private long total;
  private short level;
  private byte flags;
  private boolean active;
  private double ratio;
  private float weight;
}
