// ACC403: field published is gone while transition Post.status is in flight, and status does
// not say @Contract: nothing tells the processor to drop the old column and the triggers.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post { // ACC403
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;

  @Enumerated(EnumType.STRING)
  Status status;
}
