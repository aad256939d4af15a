package conformance.sequence_entity_name_and_int_key;

import jakarta.persistence.*;

@Entity
@Table(name = "parcels")
public class Parcel {
  @Id @GeneratedValue private long id;
  private Double weight;
}
