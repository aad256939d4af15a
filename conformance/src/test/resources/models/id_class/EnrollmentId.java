package conformance.id_class;

import java.io.Serializable;
import java.util.Objects;

public class EnrollmentId implements Serializable {
  private Long student;
  private String course;

  @Override
  public boolean equals(Object other) {
    return other instanceof EnrollmentId id && Objects.equals(student, id.student)
        && Objects.equals(course, id.course);
  }

  @Override
  public int hashCode() {
    return Objects.hash(student, course);
  }
}
