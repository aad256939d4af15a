// ACC401: @Contract with no expand before it: no transition into Profile.biography is in
// flight. Ship @Expand in one release first.
package dev.accordion.sample;

import dev.accordion.Contract;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @Contract(from = "bio") String biography; // ACC401
}
