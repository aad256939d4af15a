package conformance.mapped_superclass_chain;

import jakarta.persistence.*;

@Entity
public class Document extends Audited {
  private String title;
}
