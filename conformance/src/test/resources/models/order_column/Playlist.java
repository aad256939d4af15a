package conformance.order_column;

import jakarta.persistence.*;
import java.util.List;

@Entity
public class Playlist {
  @Id @GeneratedValue private Long id;
  @ElementCollection @OrderColumn private List<String> tracks;

  @ElementCollection
  @OrderColumn(name = "slot", nullable = true)
  @CollectionTable(name = "playlist_notes")
  @Column(name = "note", length = 80)
  private List<String> notes;

  @ElementCollection @OrderColumn private List<Credit> credits;
  @ManyToMany @OrderColumn private List<Song> songs;
  @OneToMany @JoinTable(name = "playlist_favourites") @OrderColumn(name = "place")
  private List<Song> favourites;

  @OneToMany @JoinColumn(name = "playlist_id") @OrderColumn private List<Clip> clips;
  @OneToMany(mappedBy = "playlist") @OrderColumn private List<Entry> entries;
}
