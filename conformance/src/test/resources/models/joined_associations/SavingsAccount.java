package conformance.joined_associations;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class SavingsAccount extends Account {
  @Column(precision = 5, scale = 3) private BigDecimal rate;
  @ManyToOne private Branch branch;
}
