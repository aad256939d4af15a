package conformance.many_to_many;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Course {
  @Id @GeneratedValue private Long id;
  private String title;
  @ManyToMany(mappedBy = "courses") private Set<Student> students;
}
