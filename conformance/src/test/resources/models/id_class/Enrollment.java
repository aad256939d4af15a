package conformance.id_class;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@IdClass(EnrollmentId.class)
public class Enrollment {
  @Id private Long student;
  @Id @Column(length = 20) private String course;
  private LocalDate enrolledOn;
}
