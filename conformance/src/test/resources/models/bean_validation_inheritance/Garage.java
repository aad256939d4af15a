package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Entity
public class Garage {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @NotBlank private String name;
}
