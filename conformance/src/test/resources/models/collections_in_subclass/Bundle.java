package conformance.collections_in_subclass;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Bundle extends Product {
  @ManyToMany private Set<Item> items;
  @ElementCollection private Set<String> keywords;
}
