package conformance.mapped_superclass;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class BaseEntity {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private java.time.Instant createdAt;
  private java.time.Instant updatedAt;
}
