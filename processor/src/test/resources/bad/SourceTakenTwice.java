// ACC328: two fields each expand from bio in one release; their triggers would fight over it.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @Expand(from = "bio") String biography;
  @Expand(from = "bio") // ACC328
  String summary;
}
