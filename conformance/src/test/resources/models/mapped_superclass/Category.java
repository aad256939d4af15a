package conformance.mapped_superclass;

import jakarta.persistence.*;

@Entity
public class Category extends BaseEntity {
  private String name;
}
