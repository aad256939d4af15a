package conformance.decimals;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private java.math.BigDecimal amount;
  @Column(precision = 12, scale = 2) private java.math.BigDecimal net;
  @Column(precision = 5) private java.math.BigDecimal rate;
  @Column(precision = 19, scale = 4, nullable = false) private java.math.BigDecimal gross;
}
