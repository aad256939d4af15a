package conformance.assigned_ids;

import jakarta.persistence.*;

@Entity
public class Region {
  @Id private Long number;
  private String name;
}
