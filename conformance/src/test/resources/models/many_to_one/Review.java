package conformance.many_to_one;

import jakarta.persistence.*;

@Entity
public class Review {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne(optional = false) @JoinColumn(name = "book_ref") private Book book;
  @ManyToOne @JoinColumn(nullable = false) private Author reviewer;
  private int stars;
}
