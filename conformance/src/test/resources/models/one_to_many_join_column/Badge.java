package conformance.one_to_many_join_column;

import jakarta.persistence.*;

@Entity
public class Badge {
  @Id private String code;
}
