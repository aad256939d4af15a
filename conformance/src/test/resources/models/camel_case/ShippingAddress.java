package conformance.camel_case;

import jakarta.persistence.*;

@Entity
public class ShippingAddress {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String streetLine1;
  private String streetLine2;
  private String postalCode;
  private String countryISOCode;
  private String URL;
  private Boolean isDefault;
}
