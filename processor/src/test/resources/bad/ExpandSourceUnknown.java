// ACC302: @Expand takes over column summary, which table Profile does not have.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @Expand(from = "summary") String biography; // ACC302
}
