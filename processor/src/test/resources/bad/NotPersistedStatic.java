// ACC108: @Expand on a static field: no column maps it, so it would be ignored in silence.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;

  @Expand(from = "bio") // ACC108
  static String biography;
}
