package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;

/** Below the root, above a subclass: its fields are the subclass's, shared in the root's table. */
@MappedSuperclass
public abstract class Motorized extends Vehicle {
  @NotNull @Digits(integer = 4, fraction = 1) private BigDecimal power;
}
