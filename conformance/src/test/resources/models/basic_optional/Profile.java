package conformance.basic_optional;

import jakarta.persistence.*;

@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Basic(optional = false) private String handle;
  @Basic private String bio;
  @Basic(optional = false) @Column(length = 40) private String displayName;
}
