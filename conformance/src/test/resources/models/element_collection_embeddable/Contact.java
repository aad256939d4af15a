package conformance.element_collection_embeddable;

import jakarta.persistence.*;

@Embeddable
public class Contact {
  @Column(nullable = false) private String kind;
  private String address;
}
