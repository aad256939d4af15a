package conformance.sequence_auto;

import jakarta.persistence.*;

@Entity
public class ShippingAddress {
  @Id @GeneratedValue(strategy = GenerationType.AUTO) private Long id;
  private String city;
}
