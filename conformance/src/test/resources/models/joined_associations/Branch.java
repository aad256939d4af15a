package conformance.joined_associations;

import jakarta.persistence.*;

@Entity
public class Branch {
  @Id @GeneratedValue private Long id;
  private String city;
}
