package conformance.many_to_many_join_table;

import jakarta.persistence.*;
import java.util.List;

@Entity
@Table(name = "articles")
public class Article {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToMany
  @JoinTable(name = "article_label", joinColumns = @JoinColumn(name = "article_id"),
      inverseJoinColumns = @JoinColumn(name = "label_code"))
  private List<Label> labels;
  @ManyToMany private List<Label> relatedLabels;
}
