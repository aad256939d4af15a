// ACC324: table Profile is renamed to Biography with zero downtime and gains a column in the same
// release; release 1, still running, reads Profile as it is.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
@Expand // ACC324
@RenamedFrom("Profile")
class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  String motto;
}
