package conformance.not_persisted;

import jakarta.persistence.*;

@Entity
public class Basket {
  public static final int LIMIT = 10;
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String owner;
  @Transient private Integer itemCount;
  private transient String cachedSummary;
}
