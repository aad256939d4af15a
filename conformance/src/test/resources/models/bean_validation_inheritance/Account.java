package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Account {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @NotNull private String owner;
}
