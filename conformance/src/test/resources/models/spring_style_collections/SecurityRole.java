package conformance.spring_style_collections;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class SecurityRole {
  @Id @Column(name = "roleName", length = 50) private String roleName;
  @ManyToMany(mappedBy = "grantedRoles") private Set<UserAccount> holders;
}
