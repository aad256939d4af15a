package conformance.order_column;

import jakarta.persistence.*;

@Embeddable
public class Credit {
  @Column(nullable = false) private String role;
  private String person;
}
