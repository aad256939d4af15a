package conformance.composite_join;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class ShipmentId implements Serializable {
  @Column(length = 8) private String region;
  private Long shipmentNumber;

  @Override
  public boolean equals(Object other) {
    return other instanceof ShipmentId id && Objects.equals(region, id.region)
        && Objects.equals(shipmentNumber, id.shipmentNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, shipmentNumber);
  }
}
