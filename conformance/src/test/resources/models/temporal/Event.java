package conformance.temporal;

import jakarta.persistence.*;

@Entity
public class Event {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private java.time.LocalDate day;
  private java.time.LocalTime startsAt;
  private java.time.LocalDateTime scheduledFor;
  private java.time.Instant createdAt;
  private java.time.OffsetDateTime confirmedAt;
  private java.time.ZonedDateTime remindAt;
}
