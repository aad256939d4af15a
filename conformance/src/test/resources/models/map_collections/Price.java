package conformance.map_collections;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Embeddable
public class Price {
  @Column(precision = 10, scale = 2) private BigDecimal amount;
  @Column(length = 3) private String currency;
}
