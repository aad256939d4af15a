package conformance.camel_case_associations;

import jakarta.persistence.*;

@Entity
public class PostalAddress {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String streetLine;
}
