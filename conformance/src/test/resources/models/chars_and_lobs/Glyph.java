package conformance.chars_and_lobs;

import jakarta.persistence.*;

@Entity
public class Glyph {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private char letter;
  private Character mark;
  @Lob @Column(length = 100000) private String description;
  @Lob @Column(length = 1000) private String caption;
  @Lob @Column(length = 100) private String alt;
}
