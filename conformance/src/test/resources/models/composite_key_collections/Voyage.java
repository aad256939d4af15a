package conformance.composite_key_collections;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collections of an entity whose key is two columns: each table takes both, and one foreign key. */
@Entity
@IdClass(VoyageId.class)
public class Voyage {
  @Id @Column(length = 10) private String line;
  @Id private int sailingYear;
  @ElementCollection private Set<String> ports;
  @ElementCollection @OrderColumn private List<String> notes;
  @ElementCollection @MapKeyColumn(name = "deck") private Map<String, Integer> cabins;
  @ManyToMany private Set<Sailor> crew;
}
