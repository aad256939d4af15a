package conformance.composite_key_collections;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/** Joins to an entity whose key is two columns: the join table takes both, with one foreign key. */
@Entity
public class Sailor {
  @Id @GeneratedValue private Long id;
  private String name;
  @ManyToMany(mappedBy = "crew") private Set<Voyage> voyages;
  @ManyToMany @JoinTable(name = "sailor_wishes") private List<Voyage> wishes;
}
