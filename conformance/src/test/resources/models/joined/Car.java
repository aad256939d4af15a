package conformance.joined;

import jakarta.persistence.*;

@Entity
@Table(name = "cars")
public class Car extends Vehicle {
  private int seats;
}
