package conformance.converter_in_embeddable;

import jakarta.persistence.*;

@Converter
public class CelsiusToMilli implements AttributeConverter<Double, Integer> {
  @Override
  public Integer convertToDatabaseColumn(Double celsius) {
    return celsius == null ? null : (int) Math.round(celsius * 1000);
  }

  @Override
  public Double convertToEntityAttribute(Integer milli) {
    return milli == null ? null : milli / 1000.0;
  }
}
