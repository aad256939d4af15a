package conformance.converters;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.List;

@Entity
public class Ledger {
  @Id @GeneratedValue private Long id;
  @Convert(converter = YesNo.class) @Column(length = 1) private Boolean settled;
  @Convert(converter = Cents.class) @Column(nullable = false) private BigDecimal balance;
  @Convert(converter = CommaSeparated.class) @Column(length = 1000) private List<String> tags;
  @Convert(disableConversion = true) private String memo;
}
