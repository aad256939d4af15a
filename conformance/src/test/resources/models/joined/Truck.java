package conformance.joined;

import jakarta.persistence.*;

@Entity
@PrimaryKeyJoinColumn(name = "truck_id")
public class Truck extends Vehicle {
  @Column(nullable = false) private Double payloadTons;
}
