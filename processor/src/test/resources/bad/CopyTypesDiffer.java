// ACC309: a copy (no value map) from a VARCHAR column into an INTEGER one.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @Expand(from = "bio") Integer biography; // ACC309
}
