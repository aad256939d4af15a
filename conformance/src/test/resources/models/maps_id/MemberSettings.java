package conformance.maps_id;

import jakarta.persistence.*;

@Entity
@Table(name = "member_settings")
public class MemberSettings {
  @Id private Long memberId;
  @ManyToOne(fetch = FetchType.LAZY) @MapsId @JoinColumn(name = "owner_id") private Member owner;
  private boolean darkMode;
}
