package conformance.embedded_overrides;

import jakarta.persistence.*;

@Embeddable
public class Place {
  private String street;
  private String postalCode;
  @Enumerated(EnumType.STRING) private Region region;
}
