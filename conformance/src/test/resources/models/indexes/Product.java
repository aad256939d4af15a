package conformance.indexes;

import jakarta.persistence.*;

@Entity
@Table(indexes = {
    @Index(columnList = "sku", unique = true),
    @Index(name = "product_name_idx", columnList = "name"),
    @Index(columnList = "category, price DESC"),
})
public class Product {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String sku;
  private String name;
  private String category;
  private java.math.BigDecimal price;
}
