package conformance.embedded_id;

import jakarta.persistence.*;

@Entity
public class OrderLine {
  @EmbeddedId private OrderLineId id;
  private String product;
  private int quantity;
}
