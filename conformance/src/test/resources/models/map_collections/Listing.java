package conformance.map_collections;

import jakarta.persistence.*;

@Entity
public class Listing {
  @Id @GeneratedValue private Long id;
  @ManyToOne private Catalog catalog;
}
