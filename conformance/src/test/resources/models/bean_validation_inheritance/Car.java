package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

/** A SINGLE_TABLE subclass: sizes apply, NOT NULL only inside its embedded value. */
@Entity
public class Car extends Motorized {
  @NotNull @Size(max = 8) private String plate;
  @NotNull private int doors;
  @NotNull @ManyToOne private Garage garage;
  @Valid @NotNull private Dimensions dimensions;
}
