package shop;

import jakarta.persistence.*;
import java.util.ArrayList;
import java.util.List;

/** Release 2, the other way: an author has books, a join column on the books' table in use. */
@Entity
public class Author {
  @Id @GeneratedValue private Long id;
  private String name;
  @OneToMany @JoinColumn(name = "author_id") private List<Book> books = new ArrayList<>();
}
