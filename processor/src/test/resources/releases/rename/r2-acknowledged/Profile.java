package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

/** Direct rename, acknowledged: no warning, and the reason goes into the migration's header. */
@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @RenamedFrom(value = "biograpy", acknowledged = "no released version reads biograpy yet")
  String biography;
}
