package conformance.table_per_class_collections;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Car extends Vehicle {
  private int doors;
  @ElementCollection private Set<String> features;
}
