package conformance.single_table_abstract_root;

import jakarta.persistence.*;

@Entity
public abstract class Document {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String title;
}
