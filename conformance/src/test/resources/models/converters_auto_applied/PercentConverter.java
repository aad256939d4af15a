package conformance.converters_auto_applied;

import jakarta.persistence.*;

@Converter(autoApply = true)
public class PercentConverter implements AttributeConverter<Percent, Integer> {
  @Override
  public Integer convertToDatabaseColumn(Percent value) {
    return value == null ? null : value.value();
  }

  @Override
  public Percent convertToEntityAttribute(Integer column) {
    return column == null ? null : new Percent(column);
  }
}
