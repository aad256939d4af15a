package conformance.several_tables;

import jakarta.persistence.*;

@Entity
public class Publisher {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String name;
  private String city;
}
