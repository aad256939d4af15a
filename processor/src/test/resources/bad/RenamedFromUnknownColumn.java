// ACC201: @RenamedFrom names a column that table Profile never had (it has id and bio).
package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
  @RenamedFrom("nickname") String biography; // ACC201
}
