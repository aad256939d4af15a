package dev.accordion.shop;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Author {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String name;
  @OneToMany(mappedBy = "author") private List<Book> books;
  @OneToMany @JoinColumn(referencedColumnName = "name") private List<Cover> covers;
  @ManyToMany @JoinTable(name = "author_tag") private Set<Tag> tags;
  @ElementCollection @OrderColumn private Set<String> nicknames;
  @Embedded private Address address;
  private Location location;
  @ElementCollection private Map<Location, String> links;

  public Long getId() { return id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
}
