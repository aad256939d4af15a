package conformance.embedded_in_mapped_superclass;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class Audited {
  @Id @GeneratedValue private Long id;
  @Version private int version;
  @Embedded private Audit audit;
}
