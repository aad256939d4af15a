package conformance.converters;

import jakarta.persistence.*;
import java.util.Arrays;
import java.util.List;

@Converter
public class CommaSeparated implements AttributeConverter<List<String>, String> {
  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? null : String.join(",", values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null ? null : Arrays.asList(column.split(","));
  }
}
