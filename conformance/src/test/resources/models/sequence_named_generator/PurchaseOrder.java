package conformance.sequence_named_generator;

import jakarta.persistence.*;

@Entity
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_ids")
  @SequenceGenerator(name = "order_ids", sequenceName = "orderSeq", initialValue = 100, allocationSize = 20)
  private Long id;
  private String customer;
}
