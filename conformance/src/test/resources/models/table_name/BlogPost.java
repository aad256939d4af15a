package conformance.table_name;

import jakarta.persistence.*;

@Entity
@Table(name = "posts")
public class BlogPost {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String title;
}
