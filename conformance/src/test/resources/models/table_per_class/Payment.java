package conformance.table_per_class;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment {
  @Id @GeneratedValue private Long id;
  @Column(nullable = false) private BigDecimal amount;
  private int attempts;
}
