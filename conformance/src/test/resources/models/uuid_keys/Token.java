package conformance.uuid_keys;

import jakarta.persistence.*;

@Entity
public class Token {
  @Id @GeneratedValue private java.util.UUID id;
  private java.time.Instant expiresAt;
}
