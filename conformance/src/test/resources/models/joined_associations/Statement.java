package conformance.joined_associations;

import jakarta.persistence.*;

@Entity
public class Statement {
  @Id @GeneratedValue private Long id;
  @ManyToOne(optional = false) private SavingsAccount account;
  @ManyToOne private Account anyAccount;
}
