package conformance.one_to_one;

import jakarta.persistence.*;

@Entity
public class Settings {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String theme;
}
