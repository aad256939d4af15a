package conformance.references_across_keys;

import jakarta.persistence.*;

@Entity
public class Region {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  private String name;
}
