package conformance.converter_in_embeddable;

import jakarta.persistence.*;

@Embeddable
public class Temperature {
  @Convert(converter = CelsiusToMilli.class) private Double celsius;
  private String unitLabel;
}
