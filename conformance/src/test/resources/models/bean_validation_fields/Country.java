package conformance.bean_validation_fields;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

/** A key narrowed by Bean Validation: the foreign keys to it keep the size JPA declares. */
@Entity
public class Country {
  @Id @Size(max = 2) private String code;
  @NotNull private String name;
}
