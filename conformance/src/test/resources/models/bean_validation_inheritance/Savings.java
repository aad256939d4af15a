package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

/** A JOINED subclass: its own table, where NOT NULL applies. */
@Entity
public class Savings extends Account {
  @NotNull @Size(max = 10) private String branch;
}
