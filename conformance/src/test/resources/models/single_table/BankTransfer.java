package conformance.single_table;

import jakarta.persistence.*;

@Entity
public class BankTransfer extends Payment {
  @Column(length = 34) private String iban;
}
