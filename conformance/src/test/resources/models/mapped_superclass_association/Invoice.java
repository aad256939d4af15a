package conformance.mapped_superclass_association;

import jakarta.persistence.*;

@Entity
public class Invoice extends Audited {
  private java.math.BigDecimal total;
}
