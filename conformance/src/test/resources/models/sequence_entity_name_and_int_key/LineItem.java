package conformance.sequence_entity_name_and_int_key;

import jakarta.persistence.*;

@Entity(name = "OrderLine")
public class LineItem {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Integer id;
  private int quantity;
}
