package conformance.maps_id_part;

import jakarta.persistence.*;

/** A line of a purchase: its key is the purchase's key, shared through the association, and a number. */
@Entity
public class PurchaseLine {
  @EmbeddedId private LineId id;
  @MapsId("purchaseId") @ManyToOne private Purchase purchase;
  @Column(nullable = false) private String product;
}
