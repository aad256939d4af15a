// ACC204: @RenamedFrom on an entity names a table the schema never had (it has Post, Profile).
package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
@RenamedFrom("Author") // ACC204
class Writer {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
}
