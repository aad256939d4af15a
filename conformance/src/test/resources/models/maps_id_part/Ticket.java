package conformance.maps_id_part;

import jakarta.persistence.*;

@Entity
public class Ticket {
  @EmbeddedId private TicketId id;
  @MapsId("purchaseId") @ManyToOne @JoinColumn(name = "bought_with") private Purchase purchase;
}
