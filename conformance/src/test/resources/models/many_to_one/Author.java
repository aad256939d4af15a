package conformance.many_to_one;

import jakarta.persistence.*;

@Entity
public class Author {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String name;
  @OneToMany(mappedBy = "author") private java.util.List<Book> books;
}
