package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

/** Above the root: its fields are the root's, NOT NULL applies. */
@MappedSuperclass
public abstract class Audited {
  @NotNull @Size(max = 32) private String createdBy;
}
