package conformance.element_collection;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Person {
  @Id @GeneratedValue private Long id;
  @ElementCollection private Set<String> nicknames;
  @ElementCollection
  @CollectionTable(name = "person_phone", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "phone", length = 30)
  private List<String> phones;
  @ElementCollection @Enumerated(EnumType.STRING) private Set<Role> roles;
  @ElementCollection private List<Integer> luckyNumbers;
}
