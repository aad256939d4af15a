package conformance.embedded_nested;

import jakarta.persistence.*;

@Embeddable
public class Site {
  private String label;
  @Embedded private Coordinates coordinates;
}
