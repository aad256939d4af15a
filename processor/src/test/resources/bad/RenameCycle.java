// ACC206: title and content trade names in one release (each @RenamedFrom names the other):
// code still running reads each column as the other's data.
package dev.accordion.sample;

import dev.accordion.RenamedFrom;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @RenamedFrom("content") // ACC206
  @Column(nullable = false) String title;
  @RenamedFrom("title") // ACC206
  String content;
  boolean published;
}
