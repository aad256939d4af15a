package conformance.mapped_superclass_chain;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class Audited extends Identified {
  private String createdBy;
  private java.time.LocalDateTime createdOn;
}
