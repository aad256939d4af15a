package conformance.column_names;

import jakarta.persistence.*;

@Entity
public class Customer {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "customer_id") private Long id;
  @Column(name = "given_name") private String firstName;
  @Column(name = "familyName") private String lastName;
  @Column(name = "EMAIL") private String email;
}
