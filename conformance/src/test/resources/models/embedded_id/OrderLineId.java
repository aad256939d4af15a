package conformance.embedded_id;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class OrderLineId implements Serializable {
  private Long orderNumber;
  private int lineNumber;

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderLineId id && Objects.equals(orderNumber, id.orderNumber)
        && lineNumber == id.lineNumber;
  }

  @Override
  public int hashCode() {
    return Objects.hash(orderNumber, lineNumber);
  }
}
