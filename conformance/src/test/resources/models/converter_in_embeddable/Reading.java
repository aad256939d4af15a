package conformance.converter_in_embeddable;

import jakarta.persistence.*;

@Entity
public class Reading {
  @Id @GeneratedValue private Long id;
  private Temperature indoor;
  @AttributeOverride(name = "celsius", column = @Column(name = "outdoor_celsius"))
  @AttributeOverride(name = "unitLabel", column = @Column(name = "outdoor_unit"))
  private Temperature outdoor;
}
