// ACC315: a backfill batch of zero rows would never move; batchSize must be positive.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;

  @Expand(from = "bio",
      batchSize = 0) // ACC315
  String biography;
}
