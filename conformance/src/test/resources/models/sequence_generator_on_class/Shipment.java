package conformance.sequence_generator_on_class;

import jakarta.persistence.*;

@Entity
@SequenceGenerator(name = "shipments", sequenceName = "shipment_numbers", allocationSize = 1)
public class Shipment {
  @Id @GeneratedValue(generator = "shipments") private Long id;
  private String carrier;
}
