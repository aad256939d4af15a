package conformance.element_collection;

import jakarta.persistence.*;
import java.util.Set;

@Entity(name = "Org")
@Table(name = "organisations")
public class Organisation {
  @Id @Column(name = "org_code", length = 12) private String code;
  @ElementCollection private Set<String> domains;
  @ElementCollection @Column(nullable = false, length = 40) private Set<String> offices;
}
