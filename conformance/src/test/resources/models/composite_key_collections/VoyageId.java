package conformance.composite_key_collections;

import java.io.Serializable;
import java.util.Objects;

public class VoyageId implements Serializable {
  private String line;
  private int sailingYear;

  @Override
  public boolean equals(Object other) {
    return other instanceof VoyageId id && Objects.equals(line, id.line)
        && sailingYear == id.sailingYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, sailingYear);
  }
}
