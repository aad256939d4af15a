package conformance.composite_join;

import jakarta.persistence.*;
import java.util.List;

@Entity
public class Shipment {
  @EmbeddedId private ShipmentId id;
  private String carrier;
  @OneToMany(mappedBy = "shipment") private List<Parcel> parcels;
}
