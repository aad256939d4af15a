// ACC321: a join table filled from Post's link needs a unique index on the pair it holds, or the
// backfill and the triggers could write a pair twice.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class PostContent { // ACC321
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;

  @Expand(from = "Post.id")
  @Column(nullable = false)
  Long postId;

  @Expand(from = "Post.content")
  @Column(nullable = false)
  String content;
}
