package conformance.several_tables;

import jakarta.persistence.*;

@Entity
public class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String title;
  private Long authorId;
}
