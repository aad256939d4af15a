package dev.accordion.processor.write;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings the snapshot writes as a plain string when there is exactly one, and as an array when
 * there are none or several: {@code "oldColumn" : "bio"}, {@code "newColumn" : [ "city",
 * "countryCode" ]}. A transition's columns and fields and a converter's SQL take this form, so
 * the common transition of one column into one reads as plain values. Either form is read.
 */
record OneOrMany(List<String> values) {

  OneOrMany {
    values = List.copyOf(values);
  }

  @JsonValue
  Object json() {
    return values.size() == 1 ? values.get(0) : values;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static OneOrMany read(JsonNode node) {
    if (node.isTextual()) {
      return new OneOrMany(List.of(node.textValue()));
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(
          "expected a string or an array of strings, found " + node.getNodeType());
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException(
            "expected an array of strings, found an element " + element.getNodeType());
      }
      values.add(element.textValue());
    }
    return new OneOrMany(values);
  }

  /** The values of {@code json}, none when the property was absent. */
  static List<String> valuesOf(OneOrMany json) {
    return json == null ? List.of() : json.values();
  }

  /** {@code values} in this form, or null (the property left out) when there are none. */
  static OneOrMany orAbsent(List<String> values) {
    return values.isEmpty() ? null : new OneOrMany(values);
  }
}
