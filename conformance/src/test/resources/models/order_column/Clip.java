package conformance.order_column;

import jakarta.persistence.*;

@Entity
public class Clip {
  @Id @GeneratedValue private Long id;
  private String title;
}
