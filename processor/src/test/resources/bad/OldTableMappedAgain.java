// ACC326: while Profile is being renamed to Biography, a new entity maps the old name Profile,
// which older releases still use.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Profile { // ACC326
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String motto;
}
