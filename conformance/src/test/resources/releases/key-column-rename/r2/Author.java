package shop;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

/** Release 2: the key is author_key, the code a handle, both renamed in place. */
@Entity
public class Author {
  @Id @GeneratedValue
  @RenamedFrom(value = "id", acknowledged = "every release finds authors through Hibernate")
  private Long authorKey;

  @RenamedFrom(value = "code", acknowledged = "every release finds authors through Hibernate")
  @Column(unique = true)
  private String handle;

  private String name;
}
