// ACC106: Device is keyed by a UUID, stored as a blob. The backfill walks the table by its key
// from below the smallest text key, but SQLite sorts every BLOB above all TEXT, so the walk would
// never finish; transitions need an integer or text key.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;
import java.util.UUID;

@Entity
class Device {
  @Id UUID id;
  String label;

  @Expand @RenamedFrom("label") String name; // ACC106
}
