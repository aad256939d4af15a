package conformance.composite_join;

import jakarta.persistence.*;

@Entity
@IdClass(CourseId.class)
public class Course {
  @Id @Column(length = 20) private String code;
  @Id private int term;
  private String title;
}
