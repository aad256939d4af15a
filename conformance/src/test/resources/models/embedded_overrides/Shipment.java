package conformance.embedded_overrides;

import jakarta.persistence.*;

@Entity
public class Shipment {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "origin_street")),
    @AttributeOverride(name = "postalCode", column = @Column(name = "origin_postal_code", length = 10)),
    @AttributeOverride(name = "region", column = @Column(name = "origin_region"))
  })
  private Place origin;

  @AttributeOverride(name = "street", column = @Column(name = "destinationStreet", nullable = false))
  @AttributeOverride(name = "postalCode", column = @Column(name = "destinationPostalCode"))
  @AttributeOverride(name = "region", column = @Column(name = "destinationRegion"))
  private Place destination;
}
