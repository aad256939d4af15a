// ACC322: @Expand on an entity class renames its table, but nothing names the old table: no
// @RenamedFrom on the class and no from.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
@Expand // ACC322
class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
