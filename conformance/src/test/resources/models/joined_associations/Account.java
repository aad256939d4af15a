package conformance.joined_associations;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Account {
  @Id @GeneratedValue private Long id;
  private String owner;
}
