package shop;

import jakarta.persistence.*;

@Entity
public class Author {
  @Id @GeneratedValue private Long id;
  private String name;
}
