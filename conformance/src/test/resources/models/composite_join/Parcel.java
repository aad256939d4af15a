package conformance.composite_join;

import jakarta.persistence.*;

/** Joins to a key of several columns: by default names, and by @JoinColumns in another order. */
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
  private double weight;
}
