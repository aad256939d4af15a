package conformance.maps_id_part;

import jakarta.persistence.*;

@Embeddable
public class TicketId {
  private Long purchaseId;
  @Column(length = 20) private String seat;
}
