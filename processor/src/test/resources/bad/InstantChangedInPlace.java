// ACC503: happenedAt changes from LocalDateTime to Instant in place. The column holds wall-clock
// times; on PostgreSQL an Instant is a timestamp with time zone, so the column would be rewritten
// and every value reinterpreted. Expand into a new field with a converter instead.
package dev.accordion.sample;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
class Event {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  Instant happenedAt; // ACC503
}
