package conformance.many_to_many_join_table;

import jakarta.persistence.*;

@Entity
public class Label {
  @Id @Column(length = 40) private String code;
  private String caption;
}
