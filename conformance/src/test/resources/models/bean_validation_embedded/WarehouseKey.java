package conformance.bean_validation_embedded;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Embeddable
public class WarehouseKey {
  @Size(max = 10) private String region;
  @NotNull private Integer number;
}
