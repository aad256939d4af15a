package conformance.table_per_class;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id @GeneratedValue private Long id;
  @ManyToOne private Payment payment;
  @ManyToOne private CardPayment cardPayment;
  @ManyToOne private BankPayment bankPayment;
}
