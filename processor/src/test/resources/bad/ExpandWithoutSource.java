// ACC301: @Expand without from and without @RenamedFrom: which column does it take over?
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @Expand String biography; // ACC301
}
