// ACC405: @Contract on an entity class finishes a table rename, but no rename of Profile to
// Biography was ever expanded.
package dev.accordion.sample;

import dev.accordion.Contract;
import jakarta.persistence.*;

@Entity
@Contract(from = "Profile") // ACC405
class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
