package conformance.map_collections;

import jakarta.persistence.*;

@Entity
public class Item {
  @Id @GeneratedValue private Long id;
  @Column(unique = true) private String sku;
}
