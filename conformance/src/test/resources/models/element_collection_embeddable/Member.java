package conformance.element_collection_embeddable;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Member {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ElementCollection private List<Contact> contacts;
  @ElementCollection
  @AttributeOverride(name = "address", column = @Column(name = "backup_address", length = 100))
  private Set<Contact> backups;
}
