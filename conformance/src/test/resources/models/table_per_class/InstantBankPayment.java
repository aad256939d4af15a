package conformance.table_per_class;

import jakarta.persistence.*;

@Entity
public class InstantBankPayment extends BankPayment {
  private boolean confirmed;
}
