package conformance.mapped_superclass;

import jakarta.persistence.*;

@Entity
public class Tag extends BaseEntity {
  @Column(nullable = false) private String label;
}
