package conformance.table_per_class_collections;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Garage {
  @Id @GeneratedValue private Long id;
  @ManyToMany private Set<Vehicle> vehicles;
  @OneToMany private Set<Car> cars;
}
