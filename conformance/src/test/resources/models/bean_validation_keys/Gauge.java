package conformance.bean_validation_keys;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

/**
 * Keys and links: the size on a key field of an id class stays out of the table (Hibernate
 * finds the field as the id class's), NOT NULL reaches a one-to-one's column and a version's.
 */
@Entity
@IdClass(GaugeKey.class)
public class Gauge {
  @Id @Size(max = 12) private String site;
  @Id private Integer slot;
  @NotNull @OneToOne private Dial dial;
  @NotNull @Version private Long version;
}
