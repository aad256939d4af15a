package conformance.uuid_and_bytes;

import jakarta.persistence.*;

@Entity
public class Attachment {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private java.util.UUID token;
  private byte[] content;
  @Column(length = 16) private byte[] digest;
}
