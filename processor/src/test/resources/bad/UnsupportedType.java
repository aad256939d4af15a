// ACC101: @Expand on a field Accordion cannot map to a column yet (a List is neither a basic
// type nor an enum), so it cannot generate the expand.
package dev.accordion.sample;

import dev.accordion.Expand;
import dev.accordion.RenamedFrom;
import jakarta.persistence.*;
import java.util.List;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  @Expand @RenamedFrom("title") List<String> titles; // ACC101
}
