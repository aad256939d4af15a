package conformance.entity_name;

import jakarta.persistence.*;

@Entity(name = "Remark")
public class BlogComment {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String text;
}
