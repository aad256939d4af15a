package conformance.many_to_many_self;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Person {
  @Id @GeneratedValue private Long id;
  private String name;
  @ManyToMany private Set<Person> friends;
}
