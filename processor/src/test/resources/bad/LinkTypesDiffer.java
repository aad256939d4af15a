// ACC320: moving a link needs key columns on both sides: Profile.bio is text, not a key of Post,
// so it cannot become Post.profileId.
package dev.accordion.sample;

import dev.accordion.Expand;
import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  boolean published;

  @Expand(from = "Profile.bio") // ACC320
  Long profileId;
}
