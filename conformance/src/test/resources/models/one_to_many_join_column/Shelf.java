package conformance.one_to_many_join_column;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Shelf {
  @Id @GeneratedValue private Long id;
  private String label;
  @OneToMany @JoinColumn(name = "shelf_id") private List<Book> books;
  @OneToMany @JoinColumn private Set<Poster> posters;
  @OneToMany @JoinColumn(name = "held_by", unique = true) private List<Badge> badges;
}
