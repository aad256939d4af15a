package conformance.bean_validation_keys;

import jakarta.persistence.*;

@Entity
public class Dial {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
}
