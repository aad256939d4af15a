package dev.accordion.sample;

import jakarta.persistence.*;

/** After r1: one new nullable column, summary. */
@Entity
public class Post {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String title;
  String content;
  boolean published;
  String summary;
}
