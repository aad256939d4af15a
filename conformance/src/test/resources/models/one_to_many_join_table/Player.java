package conformance.one_to_many_join_table;

import jakarta.persistence.*;

@Entity
public class Player {
  @Id @GeneratedValue private Long id;
  private String name;
}
