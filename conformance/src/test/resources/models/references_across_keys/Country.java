package conformance.references_across_keys;

import jakarta.persistence.*;

@Entity
public class Country {
  @Id @Column(length = 2) private String code;
  private String name;
}
