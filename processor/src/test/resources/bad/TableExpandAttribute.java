// ACC323: on an entity class, @Expand renames the table; a value map (or converter, SQL, into)
// belongs on a field.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.ValueMap;
import jakarta.persistence.*;

@Entity
@Expand(from = "Profile", map = @ValueMap(from = "a", to = "b")) // ACC323
class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
