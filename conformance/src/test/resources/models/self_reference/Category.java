package conformance.self_reference;

import jakarta.persistence.*;

@Entity
public class Category {
  @Id @GeneratedValue private Long id;
  private String name;
  @ManyToOne private Category parent;
  @OneToMany(mappedBy = "parent") private java.util.List<Category> children;
}
