// ACC202: @RenamedFrom("bio") while field bio still maps column bio: a rename cannot take a
// column another field keeps (moving data while both exist is what @Expand is for).
package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @RenamedFrom("bio") String biography; // ACC202
}
