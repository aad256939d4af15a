package conformance.sequence_generator_without_definition;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id @GeneratedValue(generator = "invoiceNumbers") private Long id;
  private java.math.BigDecimal total;
}
