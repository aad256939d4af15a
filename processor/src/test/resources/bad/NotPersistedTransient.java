// ACC108: @RenamedFrom on a @Transient field: no column maps it, so it would be ignored in silence.
package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;

  @RenamedFrom("bio") @Transient // ACC108
  String motto;
}
