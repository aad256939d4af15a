package conformance.nullable_unique;

import jakarta.persistence.*;

@Entity
public class Account {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false, unique = true) private String email;
  @Column(unique = true) private String handle;
  @Column(nullable = false) private Integer age;
  @Column(nullable = false) private java.time.LocalDate joined;
}
