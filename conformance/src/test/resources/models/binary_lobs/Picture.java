package conformance.binary_lobs;

import jakarta.persistence.*;

@Entity
public class Picture {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Lob private byte[] image;
  @Lob @Column(length = 100000) private byte[] thumbnail;
  @Lob @Column(length = 1000) private byte[] icon;
  private String title;
}
