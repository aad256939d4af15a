// ACC105: two fields map the same column, title.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  @Column(name = "title") String headline; // ACC105
}
