package dev.accordion.sample;

import jakarta.persistence.*;

/** After r1: a new table. */
@Entity
@Table(indexes = @Index(name = "Tag_label_idx", columnList = "label", unique = true))
public class Tag {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false, length = 64) String label;
  Integer weight;
}
