// ACC101: a field whose type Accordion cannot map to a column (a List is neither a basic type
// nor an enum, and it is not @Transient).
package dev.accordion.sample;

import jakarta.persistence.*;
import java.util.List;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  List<String> tags; // ACC101
}
