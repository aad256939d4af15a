// ACC601: a column name with a semicolon and a comment marker: Hibernate writes names unquoted,
// so its SQL would break on it, and a name like this is how SQL gets injected.
package dev.accordion.sample;

import jakarta.persistence.*;

@Entity
class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(name = "title; DROP TABLE Post --") // ACC601
  String title;
}
