package conformance.embedded;

import jakarta.persistence.*;

@Entity
public class Customer {
  @Id @GeneratedValue private Long id;
  private String name;
  @Embedded private Address address;
}
