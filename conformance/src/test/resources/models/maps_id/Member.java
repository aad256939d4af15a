package conformance.maps_id;

import jakarta.persistence.*;

@Entity
public class Member {
  @Id @GeneratedValue private Long id;
  private String email;
}
