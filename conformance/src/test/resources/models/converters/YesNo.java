package conformance.converters;

import jakarta.persistence.*;

@Converter
public class YesNo implements AttributeConverter<Boolean, String> {
  @Override
  public String convertToDatabaseColumn(Boolean value) {
    return value == null ? null : value ? "Y" : "N";
  }

  @Override
  public Boolean convertToEntityAttribute(String column) {
    return column == null ? null : column.equals("Y");
  }
}
