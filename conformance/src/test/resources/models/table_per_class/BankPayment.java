package conformance.table_per_class;

import jakarta.persistence.*;

@Entity
@Table(name = "bank_transfer")
public class BankPayment extends Payment {
  @Column(length = 34) private String iban;
}
