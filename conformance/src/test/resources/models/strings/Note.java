package conformance.strings;

import jakarta.persistence.*;

@Entity
public class Note {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String title;
  @Column(length = 40) private String code;
  @Column(length = 2000) private String summary;
  @Column(nullable = false, length = 80) private String author;
}
