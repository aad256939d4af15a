package conformance.table_per_class_collections;

import jakarta.persistence.*;
import java.util.Set;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Vehicle {
  @Id @GeneratedValue private Long id;
  private String plate;
  @ElementCollection private Set<String> tags;
}
