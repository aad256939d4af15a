package conformance.composite_join;

import jakarta.persistence.*;

/**
 * Joins to a key of several columns: by default names, by @JoinColumns in another order, and a
 * @OneToOne, whose join columns are unique together.
 */
@Entity
public class Parcel {
  @Id @GeneratedValue private Long id;
  @ManyToOne private Shipment shipment;
  @ManyToOne(optional = false)
  @JoinColumns({
    @JoinColumn(name = "course_term", referencedColumnName = "term"),
    @JoinColumn(name = "courseCode", referencedColumnName = "code")
  })
  private Course course;
  @OneToOne private Shipment manifest;
  private double weight;
}
