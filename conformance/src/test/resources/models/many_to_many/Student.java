package conformance.many_to_many;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Student {
  @Id @GeneratedValue private Long id;
  private String name;
  @ManyToMany private Set<Course> courses;
}
