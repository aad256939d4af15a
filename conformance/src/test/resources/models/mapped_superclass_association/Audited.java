package conformance.mapped_superclass_association;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class Audited {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne private AppUser createdBy;
  @Version private int version;
}
