package conformance.single_table;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Payment {
  @Id @GeneratedValue private Long id;
  @Column(nullable = false) private BigDecimal amount;
}
