package conformance.maps_id;

import jakarta.persistence.*;
import java.util.Set;

/** Shares its member's key: the join column is the primary key. */
@Entity
public class MemberProfile {
  @Id private Long id;
  @OneToOne @MapsId private Member member;
  private String biography;
  @ElementCollection private Set<String> skills;
}
