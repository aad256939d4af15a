package conformance.references_across_keys;

import jakarta.persistence.*;

@Entity
public class Store {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "store_id") private Long id;
  private String name;
}
