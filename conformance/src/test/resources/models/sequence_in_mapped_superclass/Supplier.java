package conformance.sequence_in_mapped_superclass;

import jakarta.persistence.*;

@Entity
public class Supplier extends Base {
  private String name;
}
