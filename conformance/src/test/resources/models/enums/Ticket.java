package conformance.enums;

import jakarta.persistence.*;

@Entity
public class Ticket {
  public enum Priority { LOW, MEDIUM, HIGH }
  public enum State { OPEN, IN_PROGRESS, DONE }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private Priority priority;
  @Enumerated(EnumType.ORDINAL) private Priority ordinalPriority;
  @Enumerated(EnumType.STRING) private State state;
  @Enumerated(EnumType.STRING) @Column(length = 20, nullable = false) private State shortState;
}
