package conformance.table_per_class;

import jakarta.persistence.*;

@Entity
public class CardPayment extends Payment {
  private String cardNumber;
}
