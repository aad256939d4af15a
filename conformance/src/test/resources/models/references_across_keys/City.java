package conformance.references_across_keys;

import jakarta.persistence.*;

@Entity
public class City {
  @Id @GeneratedValue private Long id;
  @ManyToOne private Country country;
  @ManyToOne private Region region;
  @ManyToOne private Store flagshipStore;
}
