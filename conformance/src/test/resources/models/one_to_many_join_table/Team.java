package conformance.one_to_many_join_table;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Team {
  @Id @GeneratedValue private Long id;
  @OneToMany private List<Player> players;
  @OneToMany @JoinTable(name = "team_coach") private Set<Coach> coaches;
}
