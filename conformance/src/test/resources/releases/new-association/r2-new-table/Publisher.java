package shop;

import jakarta.persistence.*;

/** Release 2: a new entity, whose table a migration after the baseline creates. */
@Entity
public class Publisher {
  @Id @GeneratedValue private Long id;
  private String name;
}
