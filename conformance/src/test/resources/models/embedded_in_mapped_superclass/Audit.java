package conformance.embedded_in_mapped_superclass;

import jakarta.persistence.*;
import java.time.Instant;

@Embeddable
public class Audit {
  private Instant createdAt;
  private String createdBy;
  private Instant updatedAt;
}
