package conformance.mapped_superclass_chain;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class Identified {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
}
