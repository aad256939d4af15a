package conformance.one_to_one;

import jakarta.persistence.*;

@Entity
public class Account {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @OneToOne @JoinColumn(name = "settings_id") private Settings settings;
  @OneToOne(mappedBy = "account") private Avatar avatar;
}
