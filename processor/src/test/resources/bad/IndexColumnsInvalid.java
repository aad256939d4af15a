// ACC110: an index over a column no field maps (a typo in columnList).
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
@Table(indexes = @Index(name = "post_titel", columnList = "titel")) // ACC110
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
}
