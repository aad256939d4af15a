package conformance.many_to_one;

import jakarta.persistence.*;

@Entity
public class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String title;
  @ManyToOne(fetch = FetchType.LAZY) private Author author;
}
