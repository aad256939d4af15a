package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Entity
public abstract class Vehicle extends Audited {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @NotNull @Size(max = 20) private String make;
}
