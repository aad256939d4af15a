package dev.accordion.sample;

import jakarta.persistence.*;

/** Release 1's Post plus an index on an existing column and a new unique column. */
@Entity
@Table(indexes = @Index(name = "Post_title_idx", columnList = "title"))
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  boolean published;
  @Column(unique = true) String slug;
}
