package dev.accordion.shop;

import jakarta.persistence.*;

@Entity
public class Book {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private String title;
  @ManyToOne @JoinColumn(name = "author_id") private Author author;
  @OneToOne private Cover cover;
  @Convert(converter = PriceConverter.class) private Price price;
  @Convert private Price listPrice;
  @Version private long version;
  @ManyToOne @JoinColumn(referencedColumnName = "pen_name") private Author ghost;
}
