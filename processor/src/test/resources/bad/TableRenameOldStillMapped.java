// ACC326: Profile is renamed to Biography with zero downtime, but this release still maps
// Profile too (Profile.java is compiled with it); older releases keep the old name by themselves.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
@Expand // ACC326
@RenamedFrom("Profile")
class Biography {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
