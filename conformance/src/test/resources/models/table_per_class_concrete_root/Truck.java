package conformance.table_per_class_concrete_root;

import jakarta.persistence.*;

@Entity
public class Truck extends Car {
  private int axles;
}
