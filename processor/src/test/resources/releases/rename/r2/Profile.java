package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

/** Direct rename: one RENAME COLUMN, data kept, not zero-downtime (ACC203 warning). */
@Entity
public class Profile {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @RenamedFrom("biograpy") String biography;
}
