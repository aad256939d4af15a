package conformance.converters_auto_applied;

import jakarta.persistence.*;

/** Every Boolean attribute of the unit is stored as Y or N, unless it says otherwise. */
@Converter(autoApply = true)
public class YesNoFlag implements AttributeConverter<Boolean, String> {
  @Override
  public String convertToDatabaseColumn(Boolean value) {
    return value == null ? null : value ? "Y" : "N";
  }

  @Override
  public Boolean convertToEntityAttribute(String column) {
    return column == null ? null : column.equals("Y");
  }
}
