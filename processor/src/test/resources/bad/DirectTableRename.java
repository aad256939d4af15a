// ACC205 (warning): entity Profile renamed to Biography; @RenamedFrom("Profile") alone renames
// the table in place, which breaks code still running with the old name.
package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
@RenamedFrom("Profile") // ACC205
class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
