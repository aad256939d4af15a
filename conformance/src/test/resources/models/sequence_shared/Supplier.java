package conformance.sequence_shared;

import jakarta.persistence.*;

@Entity
public class Supplier extends Base {
  private String name;
}
