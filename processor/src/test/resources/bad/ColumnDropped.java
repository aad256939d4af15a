// ACC501: field bio was deleted; column Profile.bio would be dropped with its data and nothing
// says it should go.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Profile { // ACC501
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
}
