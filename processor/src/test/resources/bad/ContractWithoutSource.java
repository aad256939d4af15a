// ACC404: @Contract without from and without @RenamedFrom: which column does it drop?
// (Field published is gone while Post.status is in flight and no contract names it: ACC403.)
package dev.accordion.sample;

import dev.accordion.Contract;
import jakarta.persistence.*;

@Entity
class Post { // ACC403
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;

  @Contract // ACC404
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Status status;
}
