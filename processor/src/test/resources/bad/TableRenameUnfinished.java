// ACC406: Profile is being renamed to Biography (expanded in the release before), and this
// release drops @Expand @RenamedFrom("Profile") without @Contract: the rename would stay in
// flight for ever.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Biography { // ACC406
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String bio;
}
