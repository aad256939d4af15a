package conformance.converters_auto_applied;

import jakarta.persistence.*;

@Entity
public class Task {
  @Id @GeneratedValue private Long id;
  private Boolean done;
  private boolean archived;
  @Column(length = 1) private Boolean urgent;
  @Column(nullable = false) private Percent progress;
  @Convert(disableConversion = true) private Boolean raw;
  @Version private Integer version;
}
