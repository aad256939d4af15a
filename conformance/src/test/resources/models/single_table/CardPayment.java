package conformance.single_table;

import jakarta.persistence.*;

@Entity
public class CardPayment extends Payment {
  @Column(length = 19) private String cardNumber;
  private int expiryMonth;
}
