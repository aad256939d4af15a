package conformance.single_table_discriminator;

import jakarta.persistence.*;
import java.time.Instant;

@MappedSuperclass
public abstract class Base {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private Instant createdAt;
}
