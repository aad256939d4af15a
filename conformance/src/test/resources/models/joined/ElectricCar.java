package conformance.joined;

import jakarta.persistence.*;

@Entity
public class ElectricCar extends Car {
  private Integer rangeKm;
}
