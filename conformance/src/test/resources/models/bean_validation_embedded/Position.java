package conformance.bean_validation_embedded;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.math.BigDecimal;

@Embeddable
public class Position {
  @NotNull private Double latitude;
  @NotNull @Digits(integer = 3, fraction = 6) private BigDecimal longitude;
}
