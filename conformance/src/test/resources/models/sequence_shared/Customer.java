package conformance.sequence_shared;

import jakarta.persistence.*;

@Entity
public class Customer extends Base {
  private String name;
}
