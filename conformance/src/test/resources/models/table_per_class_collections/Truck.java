package conformance.table_per_class_collections;

import jakarta.persistence.*;

@Entity
public class Truck extends Vehicle {
  private int axles;
}
