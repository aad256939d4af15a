package conformance.one_to_one;

import jakarta.persistence.*;

@Entity
public class Avatar {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @OneToOne(optional = false) private Account account;
  private String url;
}
