package conformance.wrappers;

import jakarta.persistence.*;

@Entity
public class Reading {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private Integer count;
  private Long total;
  private Short level;
  private Byte flags;
  private Boolean active;
  private Double ratio;
  private Float weight;
}
