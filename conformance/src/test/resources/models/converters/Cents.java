package conformance.converters;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** Through a generic base class, so the database type is bound one level up. */
@Converter
public class Cents extends ToNumber<BigDecimal> {
  @Override
  public Long convertToDatabaseColumn(BigDecimal value) {
    return value == null ? null : value.movePointRight(2).longValue();
  }

  @Override
  public BigDecimal convertToEntityAttribute(Long column) {
    return column == null ? null : BigDecimal.valueOf(column, 2);
  }
}
