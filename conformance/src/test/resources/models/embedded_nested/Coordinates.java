package conformance.embedded_nested;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Embeddable
public class Coordinates {
  @Column(precision = 9, scale = 6) private BigDecimal latitude;
  @Column(precision = 9, scale = 6) private BigDecimal longitude;
}
