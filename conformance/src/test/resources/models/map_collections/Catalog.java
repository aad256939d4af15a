package conformance.map_collections;

import jakarta.persistence.*;
import java.util.Map;

@Entity
public class Catalog {
  @Id @GeneratedValue private Long id;
  @ElementCollection private Map<String, String> labels;

  @ElementCollection
  @CollectionTable(name = "catalog_titles")
  @MapKeyColumn(name = "locale", length = 10)
  @Column(name = "title", length = 120)
  private Map<String, String> titles;

  @ElementCollection @MapKeyEnumerated(EnumType.STRING) private Map<Shelf, Integer> counts;
  @ElementCollection private Map<Shelf, Integer> ordinals;
  @ElementCollection private Map<String, Price> prices;
  @ManyToMany private Map<String, Item> items;

  @OneToMany @MapKey(name = "sku") @JoinTable(name = "catalog_by_sku")
  private Map<String, Item> bySku;

  @OneToMany @JoinColumn(name = "catalog_id") private Map<String, Item> byCode;

  @OneToMany(mappedBy = "catalog") @MapKeyColumn(name = "listing_key", length = 40)
  private Map<String, Listing> listings;
}
