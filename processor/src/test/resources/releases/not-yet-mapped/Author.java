package dev.accordion.shop;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Author {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String name;
  @OneToMany(mappedBy = "author") private List<Book> books;
  @OneToMany private List<Cover> covers;
  @ManyToMany @JoinTable(name = "author_tag") private Set<Tag> tags;
  @ElementCollection private Set<String> nicknames;
  @Embedded private Address address;
  private Address shippingAddress;

  public Long getId() { return id; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
}
