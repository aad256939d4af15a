package conformance.one_to_many_join_column;

import jakarta.persistence.*;

@Entity
@Table(name = "wall_poster")
public class Poster {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
}
