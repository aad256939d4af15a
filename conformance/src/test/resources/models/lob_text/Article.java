package conformance.lob_text;

import jakarta.persistence.*;

@Entity
public class Article {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Lob private String body;
  private String title;
}
