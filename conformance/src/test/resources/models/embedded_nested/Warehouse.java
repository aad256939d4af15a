package conformance.embedded_nested;

import jakarta.persistence.*;

@Entity
public class Warehouse {
  @Id @GeneratedValue private Long id;
  @AttributeOverride(name = "coordinates.latitude", column = @Column(name = "lat", precision = 8, scale = 5))
  private Site site;
  private String code;
}
