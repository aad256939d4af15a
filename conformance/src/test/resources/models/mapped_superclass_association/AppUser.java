package conformance.mapped_superclass_association;

import jakarta.persistence.*;

@Entity
public class AppUser {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String login;
}
