package conformance.table_generator;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id
  @GeneratedValue(generator = "invoice_numbers")
  @TableGenerator(name = "invoice_numbers", table = "id_blocks", pkColumnName = "block",
      valueColumnName = "next_block", pkColumnValue = "invoice", initialValue = 1000,
      allocationSize = 10)
  private Integer number;
}
