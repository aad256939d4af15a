package conformance.joined;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
  @Id @GeneratedValue private Long id;
  private String make;
}
