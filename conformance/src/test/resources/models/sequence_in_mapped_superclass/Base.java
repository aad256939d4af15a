package conformance.sequence_in_mapped_superclass;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class Base {
  @Id @GeneratedValue private Long id;
  @Version private Long version;
}
