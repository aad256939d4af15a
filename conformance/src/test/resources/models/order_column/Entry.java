package conformance.order_column;

import jakarta.persistence.*;

@Entity
public class Entry {
  @Id @GeneratedValue private Long id;
  @ManyToOne private Playlist playlist;
}
