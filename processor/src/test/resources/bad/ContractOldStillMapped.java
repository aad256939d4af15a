// ACC402: the contract would drop column published, but field published is still mapped.
package dev.accordion.sample;

import dev.accordion.Contract;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  Boolean published;

  @Contract(from = "published") // ACC402
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Status status;
}
