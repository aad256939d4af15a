package conformance.referenced_column;

import jakarta.persistence.*;

@Entity
public class Author {
  @Id @GeneratedValue private Long id;
  @Column(unique = true, nullable = false, length = 120) private String email;
  @Column(name = "author_code") private Integer code;
}
