// ACC327: while Profile is being renamed to Biography, a new join entity is filled from
// Biography: its triggers would go on a table older releases use under another name.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(name = "BiographyTag_pair", columnList = "biographyId, tag", unique = true))
class BiographyTag { // ACC327
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Expand(from = "Biography.id") Long biographyId;
  @Expand(from = "Biography.bio") String tag;
}
