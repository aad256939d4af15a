package conformance.embedded;

import jakarta.persistence.*;

@Embeddable
public class Address {
  private String street;
  @Column(name = "town", length = 80) private String city;
  private int number;
  @Column(nullable = false) private String country;
}
