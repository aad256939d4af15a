package conformance.uuid_keys;

import jakarta.persistence.*;

@Entity
public class Session {
  @Id @GeneratedValue(strategy = GenerationType.UUID) private java.util.UUID id;
  private String userAgent;
}
