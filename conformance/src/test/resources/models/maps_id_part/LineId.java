package conformance.maps_id_part;

import jakarta.persistence.*;

@Embeddable
public class LineId {
  private Long purchaseId;
  private Integer lineNumber;
}
