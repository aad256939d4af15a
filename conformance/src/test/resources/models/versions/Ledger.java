package conformance.versions;

import jakarta.persistence.*;

@Entity
public class Ledger {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Version private Integer revision;
  private String name;
}
