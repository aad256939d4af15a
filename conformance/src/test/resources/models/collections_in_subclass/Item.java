package conformance.collections_in_subclass;

import jakarta.persistence.*;

@Entity
public class Item {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
}
