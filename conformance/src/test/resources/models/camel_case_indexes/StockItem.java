package conformance.camel_case_indexes;

import jakarta.persistence.*;

@Entity
@Table(indexes = {
    @Index(columnList = "warehouseCode, binNumber"),
    @Index(columnList = "lastCountedAt"),
})
public class StockItem {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String warehouseCode;
  private Integer binNumber;
  private java.time.Instant lastCountedAt;
}
