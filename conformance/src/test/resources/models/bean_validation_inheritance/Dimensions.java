package conformance.bean_validation_inheritance;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Embeddable
public class Dimensions {
  @NotNull private Integer lengthMm;
  @NotNull @Size(max = 6) private String unit;
}
