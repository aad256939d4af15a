package conformance.bean_validation_embedded;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;

/** A key of an embedded value whose members Bean Validation narrows. */
@Entity
public class Warehouse {
  @EmbeddedId @Valid private WarehouseKey key;
  @NotNull private String name;
}
