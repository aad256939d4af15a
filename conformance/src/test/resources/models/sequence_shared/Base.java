package conformance.sequence_shared;

import jakarta.persistence.*;

/** One sequence for every entity's keys, as applications that want keys unique across tables. */
@MappedSuperclass
public abstract class Base {
  @Id
  @GeneratedValue(generator = "ids")
  @SequenceGenerator(name = "ids", sequenceName = "shared_ids", allocationSize = 20)
  private Long id;
}
