// ACC116: a unique constraint over a column no field maps (a typo in columnNames).
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "post_slug", columnNames = "slgu")) // ACC116
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String slug;
}
