package conformance.spring_style_collections;

import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "user_accounts")
public class UserAccount {
  @Id @GeneratedValue private Long id;
  private String displayName;
  @ElementCollection private Set<String> emailAddresses = new HashSet<>();
  @ManyToMany private Set<SecurityRole> grantedRoles = new HashSet<>();
}
