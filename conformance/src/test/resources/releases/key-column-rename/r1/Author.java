package shop;

import jakarta.persistence.*;

/** Release 1: authors are found by their id, or by their code. */
@Entity
public class Author {
  @Id @GeneratedValue private Long id;
  @Column(unique = true) private String code;
  private String name;
}
