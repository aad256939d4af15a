package conformance.one_to_many_join_table;

import jakarta.persistence.*;

@Entity
public class Coach {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
}
