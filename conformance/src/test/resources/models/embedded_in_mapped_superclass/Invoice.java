package conformance.embedded_in_mapped_superclass;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Invoice extends Audited {
  private BigDecimal total;
}
