package conformance.maps_id;

import jakarta.persistence.*;
import java.util.Set;

/** Points at an entity whose key is shared: the foreign keys take the shared key's column. */
@Entity
public class Endorsement {
  @Id @GeneratedValue private Long id;
  @ManyToOne private MemberProfile profile;
  @ManyToMany private Set<MemberProfile> seconds;
}
