package conformance.embedded_record;

import jakarta.persistence.*;

@Entity
public class Product {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String title;
  private Money price;
  @AttributeOverride(name = "amount", column = @Column(name = "list_amount", precision = 14, scale = 2))
  @AttributeOverride(name = "currency", column = @Column(name = "list_currency", length = 3))
  private Money listPrice;
}
