package conformance.maps_id_part;

import jakarta.persistence.*;

@Entity
public class Purchase {
  @Id @GeneratedValue private Long id;
  private String customer;
}
