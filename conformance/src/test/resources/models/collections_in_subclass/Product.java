package conformance.collections_in_subclass;

import jakarta.persistence.*;

@Entity
public class Product {
  @Id @GeneratedValue private Long id;
  private String name;
}
