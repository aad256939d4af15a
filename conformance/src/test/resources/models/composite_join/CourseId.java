package conformance.composite_join;

import java.io.Serializable;
import java.util.Objects;

public class CourseId implements Serializable {
  private String code;
  private int term;

  @Override
  public boolean equals(Object other) {
    return other instanceof CourseId id && Objects.equals(code, id.code) && term == id.term;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, term);
  }
}
