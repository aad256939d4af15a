// ACC103: a transition on a table whose primary key has two columns.
package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
class Post { // ACC103
  @Id Long blogId;
  @Id Long id;
  @RenamedFrom("heading") String title;
}
