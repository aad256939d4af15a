package conformance.several_tables;

import jakarta.persistence.*;

@Entity
public class Author {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String name;
}
