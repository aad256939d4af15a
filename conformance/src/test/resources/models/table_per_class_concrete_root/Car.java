package conformance.table_per_class_concrete_root;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@SequenceGenerator(name = "car_ids", sequenceName = "car_ids", allocationSize = 10)
public class Car extends Tracked {
  @Id @GeneratedValue(generator = "car_ids") private Long id;
  private String model;
}
